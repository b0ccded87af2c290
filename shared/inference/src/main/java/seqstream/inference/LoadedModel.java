package seqstream.inference;

import java.lang.System.Logger.Level;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model a service loads once at start-up. When loading fails the service stays up but not ready: it
 * says why (health, one error line in the log) and refuses every request instead of answering wrongly.
 *
 * @param <M> the model runner (DateTranslator, NameSampler, ...)
 */
public final class LoadedModel<M extends AutoCloseable> implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LoadedModel.class.getName());

    private final M model;
    private final String status;

    private LoadedModel(M model, String status) {
        this.model = model;
        this.status = status;
    }

    /** Runs {@code loader}; {@code describe} says where a loaded model runs, for health. */
    public static <M extends AutoCloseable> LoadedModel<M> load(String name, Supplier<M> loader, Function<M, String> describe) {
        try {
            M model = loader.get();
            String status = name + " model on " + describe.apply(model);
            LOG.log(Level.INFO, status);
            return new LoadedModel<>(model, status);
        } catch (RuntimeException e) {
            String status = "the " + name + " model did not load: " + e.getMessage();
            LOG.log(Level.ERROR, status + " (the service answers nothing until it is fixed and restarted)");
            return new LoadedModel<>(null, status);
        }
    }

    /** The model, or {@link ModelUnavailableException} with the reason it did not load. */
    public M get() {
        if (model == null) {
            throw new ModelUnavailableException(status);
        }
        return model;
    }

    public boolean ready() {
        return model != null;
    }

    /** Where the model runs, or why it did not load. */
    public String status() {
        return status;
    }

    @Override
    public void close() throws Exception {
        if (model != null) {
            model.close();
        }
    }
}
