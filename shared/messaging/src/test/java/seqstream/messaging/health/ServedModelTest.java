package seqstream.messaging.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import seqstream.inference.ModelUnavailableException;

class ServedModelTest {
    /** A served model whose "model" is a closeable that says its name. */
    static final class Served extends ServedModel<AutoCloseable> {
        @Override
        public String modelName() {
            return "test";
        }

        AutoCloseable get() {
            return model();
        }
    }

    @Test
    void aRequestThatComesWhileTheModelLoadsWaitsForIt() throws Exception {
        Served served = new Served();
        AutoCloseable model = () -> { };
        CompletableFuture<AutoCloseable> early = CompletableFuture.supplyAsync(served::get);
        Thread.sleep(300);
        assertThat(early).as("still waiting for the load").isNotDone();
        served.load(() -> model, m -> "CPU");
        assertThat(early.get(5, TimeUnit.SECONDS)).isSameAs(model);
    }

    @Test
    void aModelThatDidNotLoadIsRefusedWithTheReason() {
        Served served = new Served();
        served.load(() -> {
            throw new IllegalStateException("no bundle at models/test");
        }, m -> "CPU");
        assertThatThrownBy(served::get).isInstanceOf(ModelUnavailableException.class).hasMessageContaining("no bundle at models/test");
        assertThat(served.ready()).isFalse();
    }
}
