package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import seqstream.audio.Audio;
import seqstream.bench.KafkaLoad;
import seqstream.bench.Memory;
import seqstream.bench.Workload;
import seqstream.bench.Workloads;

/**
 * Each service killed (SIGKILL) half way through 10,000 requests arriving at 1,000 a second, then started
 * again: every request is answered. A batch the service had answered but not yet committed is answered again
 * after the restart; those duplicates are counted (answers carry the request id as their key, so a consumer
 * can drop them) and printed. The trigger detector gets 50 concurrent streams of 200 chunks of 100 ms.
 */
class CrashRecoveryTest {
    private static final int PER_SECOND = 1_000;
    private static final Duration SENDING = Duration.ofSeconds(10);
    private static final Duration FINISH = Duration.ofMinutes(3);
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true);

    private static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(0, 2, true, QUIET);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void dates() throws Exception {
        crashHalfWay(Workloads.dates());
    }

    @Test
    void names() throws Exception {
        crashHalfWay(Workloads.names());
    }

    @Test
    void emojify() throws Exception {
        crashHalfWay(Workloads.emojify());
    }

    @Test
    void vectors() throws Exception {
        crashHalfWay(Workloads.vectors());
    }

    @Test
    void jazz() throws Exception {
        crashHalfWay(Workloads.jazz());
    }

    @Test
    void trigger() throws Exception {
        crashHalfWay(Workloads.trigger(50, Audio.MODEL_RATE / 10, 200));
    }

    /** Sends the workload at {@link #PER_SECOND} for {@link #SENDING}, kills and restarts the service half way, waits for every answer. */
    private static void crashHalfWay(Workload workload) throws Exception {
        String service = workload.service();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread crash = Thread.ofPlatform().name("crash-" + service).start(() -> {
            try {
                Thread.sleep(SENDING.dividedBy(2));
                stack.kill(service);
                stack.restart(service, QUIET);
            } catch (Exception e) {
                failed.set(e);
            }
        });
        KafkaLoad.Sustained run = KafkaLoad.sustain(stack.bootstrapServers(), workload, PER_SECOND, SENDING, Duration.ofSeconds(1),
                () -> Memory.of(stack.pid(service), URI.create(stack.url(service) + "q/metrics")), FINISH);
        crash.join();
        long answeredBeforeTheKill = run.intervals().stream().filter(i -> i.endSeconds() < SENDING.toSeconds() / 2)
                .mapToLong(KafkaLoad.Interval::answered).sum();
        System.out.printf(Locale.ROOT, "crash recovery, %s: killed half way through %d requests, %d answered by then; %d lost,"
                + " %d answered twice%n", service, PER_SECOND * SENDING.toSeconds(), answeredBeforeTheKill, run.lost(), run.repeats());
        assertThat(failed.get()).as("the kill and the restart").isNull();
        assertThat(answeredBeforeTheKill).as("the service was answering when it was killed").isPositive();
        assertThat(run.failedSends()).as("requests Kafka refused").isZero();
        assertThat(run.lost()).as(service + ": requests never answered").isZero();
    }
}
