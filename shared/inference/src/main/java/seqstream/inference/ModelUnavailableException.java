package seqstream.inference;

/** The model did not load, so nothing can be translated; the message says why. */
public class ModelUnavailableException extends RuntimeException {
    public ModelUnavailableException(String message) {
        super(message);
    }
}
