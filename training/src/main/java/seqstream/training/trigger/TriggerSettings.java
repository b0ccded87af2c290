package seqstream.training.trigger;

/**
 * How the trigger model is trained and judged; everything that changes the result goes into model.json.
 *
 * @param seed            voices, clips, weights
 * @param voices          synthetic training voices (each says "activate", a sound-alike and an ordinary word)
 * @param clips           10-second training clips
 * @param epochs          passes over the clips
 * @param evaluationClips clips in each evaluation set (held-out voices, real voice)
 * @param negativeHours   hours of speech and noise without "activate" for the false-alarm rate
 */
public record TriggerSettings(long seed, int voices, int clips, int epochs, int evaluationClips, double negativeHours) {
    public static final TriggerSettings FULL = new TriggerSettings(7, 240, 3000, 14, 300, 1.0);
}
