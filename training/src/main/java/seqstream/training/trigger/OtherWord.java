package seqstream.training.trigger;

/**
 * A word that is not "activate", trimmed, 16 kHz, and what it says (for a recording, where it comes from), so a false
 * alarm on it can be told by word.
 */
public record OtherWord(String word, float[] samples) {
}
