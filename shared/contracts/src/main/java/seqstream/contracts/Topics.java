package seqstream.contracts;

/** Topic names, defined once: every service, the CLI and the tests take them from here. */
public final class Topics {
    public static final String DATES_RAW = "dates.raw";
    public static final String DATES_ISO = "dates.iso";
    public static final String NAMES_REQUESTS = "names.requests";
    public static final String NAMES_GENERATED = "names.generated";

    /** Header on every dead-lettered record: why it was refused. */
    public static final String DEAD_LETTER_REASON = "dead-letter-reason";

    private Topics() {
    }

    /** The dead-letter topic of an input topic: bad input goes there with its reason. */
    public static String deadLetter(String inputTopic) {
        return inputTopic + ".dlq";
    }
}
