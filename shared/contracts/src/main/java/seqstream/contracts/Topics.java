package seqstream.contracts;

/** Topic names, defined once: every service, the CLI and the tests take them from here. */
public final class Topics {
    public static final String DATES_RAW = "dates.raw";
    public static final String DATES_ISO = "dates.iso";
    public static final String NAMES_REQUESTS = "names.requests";
    public static final String NAMES_GENERATED = "names.generated";
    public static final String EMBEDDINGS_REQUESTS = "embeddings.requests";
    public static final String EMBEDDINGS_RESULTS = "embeddings.results";
    public static final String TEXT_MESSAGES = "text.messages";
    public static final String TEXT_EMOJIFIED = "text.emojified";
    public static final String JAZZ_REQUESTS = "jazz.requests";
    public static final String JAZZ_GENERATED = "jazz.generated";
    /** Raw audio in: see {@link AudioChunk}. */
    public static final String AUDIO_CHUNKS = "audio.chunks";
    public static final String TRIGGER_DETECTIONS = "trigger.detections";
    /** The input audio with the chime mixed in after each detection, in the input's format. */
    public static final String AUDIO_CHIMED = "audio.chimed";

    /** Header on every dead-lettered record: why it was refused. */
    public static final String DEAD_LETTER_REASON = "dead-letter-reason";

    private Topics() {
    }

    /** The dead-letter topic of an input topic: bad input goes there with its reason. */
    public static String deadLetter(String inputTopic) {
        return inputTopic + ".dlq";
    }
}
