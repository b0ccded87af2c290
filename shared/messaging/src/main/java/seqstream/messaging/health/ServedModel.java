package seqstream.messaging.health;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    /**
     * How long a request waits for a model that is still loading. The Kafka consumer can start before the
     * start-up observer that loads the model has finished (measured once in the crash test: a restarted
     * emojifier was handed its backlog while loading its word vectors, and a batch that met no model stopped
     * the channel for good).
     */
    static final long LOAD_WAIT_SECONDS = 60;

    private final CountDownLatch attempted = new CountDownLatch(1);
    private volatile LoadedModel<M> model;

    /** Loads the model; when that fails the service stays up, not ready, saying why. */
    protected void load(Supplier<M> loader, Function<M, String> describe) {
        try {
            model = LoadedModel.load(modelName(), loader, describe);
        } finally {
            attempted.countDown();
        }
    }

    /**
     * The model, once loading has been tried (waiting up to {@value #LOAD_WAIT_SECONDS} s for it), or
     * {@link ModelUnavailableException} with the reason there is none.
     */
    protected M model() {
        LoadedModel<M> loaded = model;
        if (loaded == null) {
            loaded = awaitLoad();
        }
        if (loaded == null) {
            throw new ModelUnavailableException("the " + modelName() + " model has not been loaded yet");
        }
        return loaded.get();
    }

    /** Waits (bounded) for the start-up load to have been tried; only requests that come before it pay this. */
    private LoadedModel<M> awaitLoad() {
        try {
            attempted.await(LOAD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return model;
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
