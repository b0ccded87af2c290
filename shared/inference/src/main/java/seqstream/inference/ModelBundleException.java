package seqstream.inference;

/** A model bundle that is missing, unreadable or not the one expected; the message says which and how to fix it. */
public class ModelBundleException extends RuntimeException {
    public ModelBundleException(String message) {
        super(message);
    }

    public ModelBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
