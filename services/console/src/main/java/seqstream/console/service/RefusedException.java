package seqstream.console.service;

/** A service refused the request (it went to the dead-letter topic); the message is the service's reason. */
public class RefusedException extends RuntimeException {
    public RefusedException(String reason) {
        super(reason);
    }
}
