package seqstream.training.trigger;

import java.util.List;

/**
 * A synthesized clip: 16 kHz audio, the sample indices at which each inserted "activate" ends, and the other words
 * inserted.
 */
public record LabeledClip(float[] audio, List<Integer> activateEnds, List<Negative> negatives) {
    /** Another word in the clip: its [start, end) and what it says ({@link OtherWord#word}). */
    public record Negative(int start, int end, String word) {
    }
}
