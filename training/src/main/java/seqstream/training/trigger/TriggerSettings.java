package seqstream.training.trigger;

import java.util.Map;

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
    public static final TriggerSettings FULL = new TriggerSettings(7, 800, 4000, 36, 600, 2.0);

    /** The settings a bundle was trained with, from its model.json "training" record. */
    public static TriggerSettings of(Map<String, Object> training) {
        return new TriggerSettings(number(training, "seed").longValue(), number(training, "voices").intValue(),
                number(training, "clips").intValue(), number(training, "epochs").intValue(),
                number(training, "evaluationClips").intValue(), number(training, "negativeHours").doubleValue());
    }

    private static Number number(Map<String, Object> training, String key) {
        if (!(training.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("model.json has no training." + key + ": retrain the bundle with ./seqctl train trigger");
        }
        return n;
    }
}
