package seqstream.messaging.health;

import jakarta.annotation.PreDestroy;
import java.util.function.Function;
import java.util.function.Supplier;
import seqstream.inference.LoadedModel;
import seqstream.inference.ModelUnavailableException;

/**
 * The model a service serves: loaded once at start-up, seen by the readiness check, closed at shutdown.
 * Each service's one model-holding bean extends this. (No constructor arguments here: Quarkus proxies the
 * subclasses, which needs a no-argument constructor all the way up.)
 *
 * @param <M> the model runner (DateTranslator, NameSampler, ...)
 */
public abstract class ServedModel<M extends AutoCloseable> {
    private volatile LoadedModel<M> model;

    /** Loads the model; when that fails the service stays up, not ready, saying why. */
    protected void load(Supplier<M> loader, Function<M, String> describe) {
        model = LoadedModel.load(modelName(), loader, describe);
    }

    /** The model, or {@link ModelUnavailableException} with the reason there is none. */
    protected M model() {
        LoadedModel<M> loaded = model;
        if (loaded == null) {
            throw new ModelUnavailableException("the " + modelName() + " model has not been loaded yet");
        }
        return loaded.get();
    }

    /** The bundle's name ("dates", "names", "trigger"). */
    public abstract String modelName();

    public boolean ready() {
        return model != null && model.ready();
    }

    /** Where the model runs, or why it did not load. */
    public String status() {
        LoadedModel<M> loaded = model;
        return loaded == null ? "the " + modelName() + " model has not been loaded yet" : loaded.status();
    }

    /** After the Kafka channels have stopped (beans are destroyed last), so no batch meets a closed session. */
    @PreDestroy
    void close() throws Exception {
        if (model != null) {
            model.close();
        }
    }
}
