package seqstream.vectors;

/** A word that is not in the vocabulary; the message names it. */
public class UnknownWordException extends IllegalArgumentException {
    private final String word;

    public UnknownWordException(String word) {
        super("unknown word '" + word + "': it is not among the word vectors' vocabulary (lower case, as GloVe's)");
        this.word = word;
    }

    public String word() {
        return word;
    }
}
