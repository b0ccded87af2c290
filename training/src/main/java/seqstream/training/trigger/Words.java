package seqstream.training.trigger;

import java.util.List;

/** What is said in the synthesized clips. */
public final class Words {
    public static final String TRIGGER = "activate";
    /**
     * Negatives that sound like the trigger: the detector must not fire on them. Words that contain
     * "activate" ("activation", "deactivated") are not among them: they do say the trigger.
     */
    public static final List<String> SOUND_ALIKE = List.of("active", "activity", "captivate", "vacation", "motivate",
            "navigate", "activist", "cultivate", "actually", "cavity", "captivated", "relocate");
    /** Ordinary speech. */
    public static final List<String> ORDINARY = List.of("hello", "please", "tomorrow", "computer", "weather", "music",
            "turn on the light", "what time is it", "good morning", "thank you", "coffee", "yesterday", "seven",
            "window", "kitchen", "remember", "beautiful", "practice", "attic", "table", "tomato", "delicate",
            "evaluate", "calculate", "dedicate", "vitamin", "activity report", "cat", "vegetable", "rotate");

    private Words() {
    }
}
