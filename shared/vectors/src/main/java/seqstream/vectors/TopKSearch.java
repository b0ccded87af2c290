package seqstream.vectors;

import java.util.Arrays;
import java.util.stream.IntStream;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Exact top-k by cosine over every word: 341,479 words in about 1.5 ms a query on one core, about 2,000 queries
 * a second in batches of 64 on two (bench/results/vectors.md).
 *
 * <p>Why not just multiply: the float vectors are 137 MB, and one core streams that from memory in over ten
 * milliseconds (measured: 8-14 GB/s). So each unit vector is also kept as 8-bit codes (a quarter of the bytes) with its own step
 * size, and the scan computes approximate cosines with the JDK's Vector API. An approximation is off by at
 * most half a step per component, so |approx - cosine| <= step * ||q||_1 / 2 (plus float rounding): a word
 * whose upper bound is below the k-th best lower bound cannot be in the top k. The few words that can are
 * scored again exactly, in double precision, from the float vectors. The answer is the exact one, not an
 * approximate index's.
 *
 * <p>Layout: blocks of {@link #LANES} words (one SIMD register of floats); inside a block, dimension by
 * dimension, the LANES words' codes side by side, so one load feeds LANES words.
 */
final class TopKSearch {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = FLOATS.length();
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(LANES * Byte.SIZE));
    /** Blocks scored together: independent sums keep the FMA units busy (one running sum waits on itself). */
    private static final int UNROLL = 4;
    /** Queries that share each decoded block in a batch. */
    private static final int QUERY_GROUP = 8;
    /** Blocks per slice: a slice's codes (about 400 KB) stay in cache while every group of queries reads them. */
    private static final int SLICE_BLOCKS = 256;
    /** Float rounding in an approximate cosine (100 products of magnitude <= 1) stays far below this. */
    private static final float ROUNDING_SLACK = 1e-4f;

    record Hit(int index, double cosine) {
    }

    private final float[] raw;
    private final float[] norms;
    private final int dimensions;
    private final int words;
    private final int blocks;
    private final byte[] codes;
    /** Per word (padded): the quantization step of its unit vector; 0 for padding. */
    private final float[] steps;

    TopKSearch(float[] raw, float[] norms, int dimensions) {
        this.raw = raw;
        this.norms = norms;
        this.dimensions = dimensions;
        this.words = norms.length;
        this.blocks = (words + LANES * UNROLL - 1) / (LANES * UNROLL) * UNROLL;
        this.codes = new byte[blocks * dimensions * LANES];
        this.steps = new float[blocks * LANES];
        for (int w = 0; w < words; w++) {
            float max = 0;
            for (int d = 0; d < dimensions; d++) {
                max = Math.max(max, Math.abs(raw[w * dimensions + d]));
            }
            if (max == 0) {
                continue; // a zero vector: cosine 0 with everything, codes stay 0
            }
            double unitMax = max / norms[w];
            steps[w] = (float) (unitMax / 127);
            int base = (w / LANES) * dimensions * LANES + w % LANES;
            for (int d = 0; d < dimensions; d++) {
                codes[base + d * LANES] = (byte) Math.round(raw[w * dimensions + d] / norms[w] / steps[w]);
            }
        }
    }

    /**
     * For each query, the k best words (best first) leaving out {@code excluded[q]}. A batch is split by words
     * over the cores (each part keeps its own candidates, merged at the end); a single query runs on one core.
     */
    Hit[][] topK(float[][] queries, int k, int[][] excluded) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        float[][] units = new float[queries.length][];
        for (int q = 0; q < queries.length; q++) {
            units[q] = unit(queries[q]);
        }
        int slices = (blocks + SLICE_BLOCKS - 1) / SLICE_BLOCKS;
        int parts = queries.length < QUERY_GROUP ? 1 : Math.min(slices, Runtime.getRuntime().availableProcessors());
        Candidates[] found = IntStream.range(0, parts).parallel()
                .mapToObj(p -> scan(units, k, excluded, slices * p / parts * SLICE_BLOCKS, Math.min(blocks, slices * (p + 1) / parts * SLICE_BLOCKS)))
                .reduce(TopKSearch::merge).orElseThrow();
        Hit[][] hits = new Hit[queries.length][];
        for (int q = 0; q < queries.length; q++) {
            hits[q] = found[q].best(queries[q], this);
        }
        return hits;
    }

    /** Every query's candidates among blocks [from, to), a cache-sized slice at a time. */
    private Candidates[] scan(float[][] units, int k, int[][] excluded, int from, int to) {
        Candidates[] found = new Candidates[units.length];
        for (int q = 0; q < units.length; q++) {
            found[q] = new Candidates(Math.min(k, words), excluded[q], l1(units[q]) / 2);
        }
        for (int slice = from; slice < to; slice += SLICE_BLOCKS) {
            int end = Math.min(to, slice + SLICE_BLOCKS);
            int q = 0;
            for (; q + QUERY_GROUP <= units.length; q += QUERY_GROUP) {
                scanGroup(units, found, q, slice, end);
            }
            for (; q < units.length; q++) {
                scanOne(units[q], found[q], slice, end);
            }
        }
        return found;
    }

    private static Candidates[] merge(Candidates[] a, Candidates[] b) {
        for (int q = 0; q < a.length; q++) {
            a[q].absorb(b[q]);
        }
        return a;
    }

    /**
     * Approximate cosines of blocks [from, to), offered to the candidates. The four sums read four quarters of the
     * range at once: four streams from memory keep more loads in flight than one (measured, one query over every
     * word while another process kept the other core busy: p50 4.5 ms reading four neighbouring blocks, 1.8 ms
     * reading four quarters).
     */
    private void scanOne(float[] query, Candidates found, int from, int to) {
        int blockSize = dimensions * LANES;
        int quarter = (to - from) / UNROLL; // ranges are whole numbers of UNROLL blocks
        int gap = quarter * blockSize;
        for (int b = from; b < from + quarter; b++) {
            FloatVector s0 = FloatVector.zero(FLOATS);
            FloatVector s1 = s0;
            FloatVector s2 = s0;
            FloatVector s3 = s0;
            int base = b * blockSize;
            for (int d = 0; d < dimensions; d++) {
                FloatVector q = FloatVector.broadcast(FLOATS, query[d]);
                int at = base + d * LANES;
                s0 = decode(at).fma(q, s0);
                s1 = decode(at + gap).fma(q, s1);
                s2 = decode(at + 2 * gap).fma(q, s2);
                s3 = decode(at + 3 * gap).fma(q, s3);
            }
            found.offer(b, s0, this);
            found.offer(b + quarter, s1, this);
            found.offer(b + 2 * quarter, s2, this);
            found.offer(b + 3 * quarter, s3, this);
        }
    }

    /**
     * Eight queries at once over blocks [from, to): each decoded block feeds eight sums, and the eight
     * independent sums keep the FMA units busy.
     */
    private void scanGroup(float[][] units, Candidates[] found, int first, int from, int to) {
        float[] q0 = units[first];
        float[] q1 = units[first + 1];
        float[] q2 = units[first + 2];
        float[] q3 = units[first + 3];
        float[] q4 = units[first + 4];
        float[] q5 = units[first + 5];
        float[] q6 = units[first + 6];
        float[] q7 = units[first + 7];
        int blockSize = dimensions * LANES;
        for (int b = from; b < to; b++) {
            FloatVector a0 = FloatVector.zero(FLOATS);
            FloatVector a1 = a0;
            FloatVector a2 = a0;
            FloatVector a3 = a0;
            FloatVector a4 = a0;
            FloatVector a5 = a0;
            FloatVector a6 = a0;
            FloatVector a7 = a0;
            int base = b * blockSize;
            for (int d = 0; d < dimensions; d++) {
                FloatVector x = decode(base + d * LANES);
                a0 = x.fma(FloatVector.broadcast(FLOATS, q0[d]), a0);
                a1 = x.fma(FloatVector.broadcast(FLOATS, q1[d]), a1);
                a2 = x.fma(FloatVector.broadcast(FLOATS, q2[d]), a2);
                a3 = x.fma(FloatVector.broadcast(FLOATS, q3[d]), a3);
                a4 = x.fma(FloatVector.broadcast(FLOATS, q4[d]), a4);
                a5 = x.fma(FloatVector.broadcast(FLOATS, q5[d]), a5);
                a6 = x.fma(FloatVector.broadcast(FLOATS, q6[d]), a6);
                a7 = x.fma(FloatVector.broadcast(FLOATS, q7[d]), a7);
            }
            found[first].offer(b, a0, this);
            found[first + 1].offer(b, a1, this);
            found[first + 2].offer(b, a2, this);
            found[first + 3].offer(b, a3, this);
            found[first + 4].offer(b, a4, this);
            found[first + 5].offer(b, a5, this);
            found[first + 6].offer(b, a6, this);
            found[first + 7].offer(b, a7, this);
        }
    }

    private FloatVector decode(int at) {
        return (FloatVector) ByteVector.fromArray(BYTES, codes, at).convertShape(VectorOperators.B2F, FLOATS, 0);
    }

    /** The exact cosine of word w with a query, in double precision. */
    double exactCosine(int w, float[] query, double queryNorm) {
        double dot = 0;
        double norm = 0;
        for (int d = 0; d < dimensions; d++) {
            double x = raw[w * dimensions + d];
            dot += x * query[d];
            norm += x * x;
        }
        return norm == 0 || queryNorm == 0 ? 0 : dot / (Math.sqrt(norm) * queryNorm);
    }

    private static float[] unit(float[] v) {
        double norm = Math.sqrt(Arrays.stream(toDoubles(v)).map(x -> x * x).sum());
        float[] u = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            u[d] = norm == 0 ? 0 : (float) (v[d] / norm);
        }
        return u;
    }

    private static double[] toDoubles(float[] v) {
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = v[i];
        }
        return x;
    }

    private static float l1(float[] v) {
        float sum = 0;
        for (float x : v) {
            sum += Math.abs(x);
        }
        return sum;
    }

    /**
     * One query's running answer: the k best lower bounds seen (a min-heap; its root is the bar a word's
     * upper bound must reach) and every word that reached the bar when it was seen.
     */
    private static final class Candidates {
        private final float[] heap;
        private int heapSize;
        private final int[] excluded;
        private final float halfL1;
        private int[] ids = new int[256];
        private float[] uppers = new float[256];
        private int count;

        Candidates(int k, int[] excluded, float halfL1) {
            this.heap = new float[k];
            this.excluded = excluded;
            this.halfL1 = halfL1;
        }

        float bar() {
            return heapSize < heap.length ? Float.NEGATIVE_INFINITY : heap[0];
        }

        /** A block's approximate cosines (before scaling by each word's step). */
        void offer(int block, FloatVector sums, TopKSearch search) {
            FloatVector step = FloatVector.fromArray(FLOATS, search.steps, block * LANES);
            FloatVector approx = sums.mul(step);
            FloatVector upper = approx.add(step.mul(halfL1)).add(ROUNDING_SLACK);
            if (!upper.compare(VectorOperators.GE, bar()).anyTrue()) {
                return;
            }
            for (int lane = 0; lane < LANES; lane++) {
                int w = block * LANES + lane;
                float up = upper.lane(lane);
                if (w >= search.words || up < bar() || isExcluded(w)) {
                    continue;
                }
                add(w, up);
                push(approx.lane(lane) - (up - approx.lane(lane)));
            }
        }

        private boolean isExcluded(int w) {
            for (int e : excluded) {
                if (e == w) {
                    return true;
                }
            }
            return false;
        }

        private void add(int w, float upper) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                uppers = Arrays.copyOf(uppers, count * 2);
            }
            ids[count] = w;
            uppers[count++] = upper;
        }

        private void push(float lower) {
            if (heapSize < heap.length) {
                int i = heapSize++;
                heap[i] = lower;
                while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
                    swap(i, (i - 1) / 2);
                    i = (i - 1) / 2;
                }
            } else if (lower > heap[0]) {
                heap[0] = lower;
                for (int i = 0; ; ) {
                    int smallest = i;
                    for (int child = 2 * i + 1; child <= 2 * i + 2 && child < heapSize; child++) {
                        if (heap[child] < heap[smallest]) {
                            smallest = child;
                        }
                    }
                    if (smallest == i) {
                        break;
                    }
                    swap(i, smallest);
                    i = smallest;
                }
            }
        }

        private void swap(int i, int j) {
            float t = heap[i];
            heap[i] = heap[j];
            heap[j] = t;
        }

        /** Another part's candidates: its lower bounds compete for this heap, its words join the list. */
        void absorb(Candidates other) {
            for (int i = 0; i < other.heapSize; i++) {
                push(other.heap[i]);
            }
            for (int i = 0; i < other.count; i++) {
                add(other.ids[i], other.uppers[i]);
            }
        }

        /** The candidates that still reach the final bar, scored exactly, best first, k of them. */
        Hit[] best(float[] query, TopKSearch search) {
            double queryNorm = Math.sqrt(Arrays.stream(toDoubles(query)).map(x -> x * x).sum());
            float bar = bar();
            return java.util.stream.IntStream.range(0, count).filter(i -> uppers[i] >= bar)
                    .mapToObj(i -> new Hit(ids[i], search.exactCosine(ids[i], query, queryNorm)))
                    .sorted(java.util.Comparator.comparingDouble(Hit::cosine).reversed().thenComparingInt(Hit::index))
                    .limit(heap.length).toArray(Hit[]::new);
        }
    }
}
