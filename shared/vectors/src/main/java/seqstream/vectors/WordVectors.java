package seqstream.vectors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A vocabulary and its vectors, as GloVe gives them (raw, not normalized), with an exact nearest-neighbour
 * search over the unit vectors (its index is built by the first search). Immutable and safe to share between threads.
 */
public final class WordVectors {
    private final String[] words;
    private final Map<String, Integer> index;
    private final int dimensions;
    /** Row-major [words][dimensions]. */
    private final float[] raw;
    private final float[] norms;
    /** Built on the first search: users that only look words up (the emojifier) never pay its 34 MB or its time. */
    private volatile TopKSearch search;

    /**
     * @param words      the vocabulary, most frequent first; a word given twice keeps its first vector
     * @param raw        row-major [words.length][dimensions]
     */
    public WordVectors(String[] words, float[] raw, int dimensions) {
        if (raw.length != (long) words.length * dimensions) {
            throw new IllegalArgumentException(words.length + " words of " + dimensions + " dimensions need " + (long) words.length * dimensions
                    + " numbers, not " + raw.length);
        }
        this.words = words.clone();
        this.dimensions = dimensions;
        this.raw = raw;
        this.index = new HashMap<>(words.length * 2);
        for (int i = words.length - 1; i >= 0; i--) {
            index.put(words[i], i);
        }
        this.norms = new float[words.length];
        for (int w = 0; w < words.length; w++) {
            double sum = 0;
            for (int d = 0; d < dimensions; d++) {
                sum += (double) raw[w * dimensions + d] * raw[w * dimensions + d];
            }
            norms[w] = (float) Math.sqrt(sum);
        }
    }

    private TopKSearch search() {
        TopKSearch built = search;
        if (built == null) {
            synchronized (this) {
                if (search == null) {
                    search = new TopKSearch(raw, norms, dimensions);
                }
                built = search;
            }
        }
        return built;
    }

    public int size() {
        return words.length;
    }

    public int dimensions() {
        return dimensions;
    }

    public String word(int i) {
        return words[i];
    }

    public boolean contains(String word) {
        return index.containsKey(word);
    }

    /** The word's position in the vocabulary, or {@link UnknownWordException}. */
    public int indexOf(String word) {
        Integer i = index.get(word);
        if (i == null) {
            throw new UnknownWordException(word);
        }
        return i;
    }

    /** The word's vector as GloVe gives it (a copy). */
    public float[] vector(String word) {
        return row(indexOf(word));
    }

    float[] row(int i) {
        return Arrays.copyOfRange(raw, i * dimensions, (i + 1) * dimensions);
    }

    /** The raw vectors, row-major [words][dimensions]; callers must not change them. */
    float[] raw() {
        return raw;
    }

    float norm(int i) {
        return norms[i];
    }

    public double cosine(String a, String b) {
        return cosine(vector(a), vector(b));
    }

    public static double cosine(float[] u, float[] v) {
        double dot = 0;
        double uu = 0;
        double vv = 0;
        for (int d = 0; d < u.length; d++) {
            dot += (double) u[d] * v[d];
            uu += (double) u[d] * u[d];
            vv += (double) v[d] * v[d];
        }
        return uu == 0 || vv == 0 ? 0 : dot / Math.sqrt(uu * vv);
    }

    /** The k words most similar to {@code word} by cosine, the word itself left out. */
    public List<Neighbor> neighbors(String word, int k) {
        int i = indexOf(word);
        return nearest(new float[][] {row(i)}, k, new int[][] {{i}}).getFirst();
    }

    /**
     * For each query, the k words with the largest cosine to it, best first, leaving out the word indexes in
     * {@code excluded[q]}: exact, over the whole vocabulary, all queries in one pass over the vectors.
     */
    public List<List<Neighbor>> nearest(float[][] queries, int k, int[][] excluded) {
        return Arrays.stream(search().topK(queries, k, excluded))
                .map(hits -> Arrays.stream(hits).map(h -> new Neighbor(words[h.index()], h.cosine())).toList())
                .toList();
    }
}
