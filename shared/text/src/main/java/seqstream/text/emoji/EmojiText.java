package seqstream.text.emoji;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import seqstream.vectors.WordVectors;

/**
 * The emojifier's preprocessing, one copy for training and serving: lower case, punctuation stripped, split on
 * white space; each word becomes its GloVe vector, and words the vectors do not know are left out.
 */
public final class EmojiText {
    /** Label -> emoji, as the course numbers them. */
    public static final List<String> EMOJI = List.of("❤️", "⚾", "😄", "😞", "🍴");

    private EmojiText() {
    }

    /** "I'm SO hungry!!" -> [i'm, so, hungry]. Apostrophes stay: GloVe knows "i'm" and "n't". */
    public static List<String> words(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'\\s]", " ");
        return Arrays.stream(cleaned.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The words of {@code text} that have vectors, in order. */
    public static List<String> knownWords(String text, WordVectors vectors) {
        return words(text).stream().filter(vectors::contains).toList();
    }

    /**
     * Sentences (already reduced to known words) as the graphs' input: vectors [batch, longest, dimensions],
     * zero after each sentence's end, and each sentence's length.
     */
    public static Embedded embed(List<List<String>> sentences, WordVectors vectors) {
        int longest = Math.max(1, sentences.stream().mapToInt(List::size).max().orElse(1));
        int dims = vectors.dimensions();
        float[] data = new float[sentences.size() * longest * dims];
        int[] lengths = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            lengths[s] = words.size();
            for (int t = 0; t < words.size(); t++) {
                System.arraycopy(vectors.vector(words.get(t)), 0, data, (s * longest + t) * dims, dims);
            }
        }
        return new Embedded(data, lengths, longest, dims);
    }

    /** Graph input: {@code vectors} [lengths.length, longest, dimensions] row-major. */
    public record Embedded(float[] vectors, int[] lengths, int longest, int dimensions) {
        public int batch() {
            return lengths.length;
        }

        /** Sentence {@code s} alone (for checks and single predictions). */
        public Embedded sentence(int s) {
            int size = longest * dimensions;
            return new Embedded(Arrays.copyOfRange(vectors, s * size, (s + 1) * size), new int[] {lengths[s]}, longest, dimensions);
        }
    }

    /** Lists of words whose vectors are known, for many texts. */
    public static List<List<String>> knownWords(List<String> texts, WordVectors vectors) {
        List<List<String>> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(knownWords(text, vectors));
        }
        return out;
    }
}
