package seqstream.training.trigger;

import java.util.List;

/**
 * A synthesized clip: 16 kHz audio, the sample indices at which each inserted "activate" ends, and the
 * [start, end) of each other word inserted.
 */
public record LabeledClip(float[] audio, List<Integer> activateEnds, List<int[]> negativeSpans) {
}
