package seqstream.training.trigger;

import java.util.List;

/**
 * A synthesized clip: 16 kHz audio and the sample indices at which each inserted "activate" ends.
 */
public record LabeledClip(float[] audio, List<Integer> activateEnds) {
}
