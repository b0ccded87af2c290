package seqstream.contracts;

/** A message that cannot be processed; the message says why, in words a user can act on. */
public class InvalidMessageException extends RuntimeException {
    public InvalidMessageException(String reason) {
        super(reason);
    }
}
