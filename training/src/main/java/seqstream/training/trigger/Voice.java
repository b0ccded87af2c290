package seqstream.training.trigger;

import java.util.List;

/**
 * An espeak-ng voice: an English accent, a variant (timbre), a speed (words per minute) and a pitch (0-99).
 */
public record Voice(String accent, String variant, int speed, int pitch) {
    /** espeak-ng's English accents (the gmw voices that ship with Debian's espeak-ng-data). */
    public static final List<String> ACCENTS = List.of("en-us", "en-gb", "en-gb-scotland", "en-gb-x-gbclan",
            "en-gb-x-rp", "en-gb-x-gbcwmd", "en-029");
    /**
     * Variants used for training. Training on all 85 that validation and held-out leave (measured, not adopted):
     * held-out recall 0.894 -> 0.927 (Lee 0.72 -> 0.90), real voice 0.869 -> 0.842, at the threshold its validation
     * chose (0.86 against 0.82); on sets three times larger 0.880 -> 0.897 and 0.883 -> 0.859. The real voice is what
     * it loses, so the committed bundle keeps these 36.
     */
    public static final List<String> TRAINING_VARIANTS = List.of("m1", "m2", "m3", "m4", "m5", "f1", "f2", "f3",
            "klatt", "klatt2", "Alex", "Andy", "Annie", "adam", "anika", "aunty", "belinda", "benjamin",
            "caleb", "david", "ed", "edward", "grandma", "iven", "iven2", "john", "linda", "max", "norbert",
            "paul", "quincy", "rob", "robert", "steph", "travis", "victor");
    /**
     * Variants never used for training, for choosing the threshold: words of voices the model has learned score
     * lower when they only sound alike (measured: the threshold chosen on training voices, 0.92, gave 6 false
     * alarms an hour on held-out voices).
     */
    public static final List<String> VALIDATION_VARIANTS = List.of("m6", "f4", "klatt3", "grandpa", "shelby", "zac");
    /** Variants never used for training: the held-out synthetic voices. */
    public static final List<String> HELD_OUT_VARIANTS = List.of("m7", "f5", "klatt4", "Alicia", "Michael", "iven3",
            "steph2", "Gene", "Lee", "michel");

    public String espeakName() {
        return accent + "+" + variant;
    }
}
