package seqstream.bench;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import seqstream.vectors.WordVectors;

/**
 * Exact top-10 neighbours over the whole vocabulary: the SIMD search (8-bit scan + exact rerank) against a
 * plain scalar Java loop over the float vectors, one query at a time and in batches.
 */
public final class VectorsBenchmark {
    public static final int K = 10;

    private VectorsBenchmark() {
    }

    /** The SIMD search, {@code batch} queries per call (a single query runs on one core; a batch uses every core). */
    public static Figure simd(WordVectors vectors, int batch, double seconds) {
        return measure(batch == 1 ? "SIMD, one query (1 core)" : "SIMD, batches of " + batch, batch, seconds, vectors,
                words -> {
                    float[][] queries = new float[words.length][];
                    int[][] excluded = new int[words.length][];
                    for (int i = 0; i < words.length; i++) {
                        queries[i] = vectors.vector(vectors.word(words[i]));
                        excluded[i] = new int[] {words[i]};
                    }
                    vectors.nearest(queries, K, excluded);
                });
    }

    /** The same answers from a scalar loop: every cosine in float, a heap of the k best. */
    public static Figure scalar(WordVectors vectors, int batch, double seconds) {
        int dims = vectors.dimensions();
        float[] raw = new float[vectors.size() * dims];
        float[] norms = new float[vectors.size()];
        for (int w = 0; w < vectors.size(); w++) {
            float[] v = vectors.vector(vectors.word(w));
            System.arraycopy(v, 0, raw, w * dims, dims);
            float s = 0;
            for (float x : v) {
                s += x * x;
            }
            norms[w] = (float) Math.sqrt(s);
        }
        return measure(batch == 1 ? "scalar loop, one query" : "scalar loop, batches of " + batch, batch, seconds, vectors, words -> {
            for (int query : words) {
                PriorityQueue<float[]> best = new PriorityQueue<>((a, b) -> Float.compare(a[0], b[0]));
                int q = query * dims;
                for (int w = 0; w < norms.length; w++) {
                    float dot = 0;
                    for (int d = 0; d < dims; d++) {
                        dot += raw[q + d] * raw[w * dims + d];
                    }
                    float cosine = dot / (norms[w] * norms[query]);
                    if (w != query && (best.size() < K || cosine > best.peek()[0])) {
                        best.add(new float[] {cosine, w});
                        if (best.size() > K) {
                            best.poll();
                        }
                    }
                }
            }
        });
    }

    private static Figure measure(String name, int batch, double seconds, WordVectors vectors, java.util.function.Consumer<int[]> search) {
        SplittableRandom random = new SplittableRandom(7);
        return Repeat.calls(name, 5, seconds, call -> {
            search.accept(random.ints(batch, 0, vectors.size()).toArray());
            return batch;
        });
    }
}
