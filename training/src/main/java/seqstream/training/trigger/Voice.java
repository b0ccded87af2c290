package seqstream.training.trigger;

import java.util.List;

/**
 * An espeak-ng voice: an English accent, a variant (timbre), a speed (words per minute) and a pitch (0-99).
 */
public record Voice(String accent, String variant, int speed, int pitch) {
    /** espeak-ng's English accents (the gmw voices that ship with Debian's espeak-ng-data). */
    public static final List<String> ACCENTS = List.of("en-us", "en-gb", "en-gb-scotland", "en-gb-x-gbclan",
            "en-gb-x-rp", "en-gb-x-gbcwmd", "en-029");
    /** Variants used for training. */
    public static final List<String> TRAINING_VARIANTS = List.of("m1", "m2", "m3", "m4", "m5", "m6", "f1", "f2", "f3",
            "f4", "klatt", "klatt2", "klatt3", "Alex", "Andy", "Annie", "adam", "anika", "aunty", "belinda", "benjamin",
            "caleb", "david", "ed", "edward", "grandma", "grandpa", "iven", "iven2", "john", "linda", "max", "norbert",
            "paul", "quincy", "rob", "robert", "shelby", "steph", "travis", "victor", "zac");
    /** Variants never used for training: the held-out synthetic voices. */
    public static final List<String> HELD_OUT_VARIANTS = List.of("m7", "f5", "klatt4", "Alicia", "Michael", "iven3",
            "steph2", "Gene", "Lee", "michel");

    public String espeakName() {
        return accent + "+" + variant;
    }
}
