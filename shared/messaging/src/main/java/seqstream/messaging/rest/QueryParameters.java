package seqstream.messaging.rest;

import seqstream.contracts.InvalidMessageException;

/**
 * Query parameters read as text and parsed here, so a malformed number is a 400 that names the parameter
 * (JAX-RS's own conversion answers a bare 404).
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    public static long wholeNumber(String name, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidMessageException("'" + name + "' must be a whole number, got \"" + text + "\"");
        }
    }

    /** A whole number as an int; one beyond int's range is clamped, for the caller's range check to refuse. */
    public static int clampedInt(String name, String text) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, wholeNumber(name, text)));
    }

    public static double number(String name, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidMessageException("'" + name + "' must be a number, got \"" + text + "\"");
        }
    }
}
