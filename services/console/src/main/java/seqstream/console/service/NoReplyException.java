package seqstream.console.service;

/** A service did not answer in time: the page says so (HTTP 504) rather than waiting for ever. */
public class NoReplyException extends RuntimeException {
    public NoReplyException(String message) {
        super(message);
    }
}
