package seqstream.text.dates;

/**
 * The date model's answer for one input.
 *
 * @param text       the input as given
 * @param normalized what the model read (see {@link DateText#normalize})
 * @param answer     the model's ten output characters, whatever they are
 * @param iso        the answer when it is a real calendar date, else null
 * @param confidence the probability the model gives its whole answer (product over the output characters)
 * @param probabilities the model's probabilities, [output character][output symbol]
 * @param attention  attention weights, [output character][input character]
 */
public record Translation(String text, String normalized, String answer, String iso, double confidence,
        float[][] probabilities, float[][] attention) {

    public boolean valid() {
        return iso != null;
    }
}
