package seqstream.training.trigger;

import java.util.List;

/** A synthesized clip: 16 kHz audio, the "activate"s inserted (in order) and the other words inserted. */
public record LabeledClip(float[] audio, List<Activate> activates, List<Negative> negatives) {
    /**
     * An "activate" in the clip: the sample index at which it ends, and how loud it is against the background under
     * it (the word's power over its own span against the background's over the same span, in dB).
     */
    public record Activate(int end, double snrDb) {
    }

    /** Another word in the clip: its [start, end) and what it says ({@link OtherWord#word}). */
    public record Negative(int start, int end, String word) {
    }

    /** The sample indices at which the activates end. */
    public List<Integer> activateEnds() {
        return activates.stream().map(Activate::end).toList();
    }
}
