package seqstream.vectors;

import java.util.Random;

/** Small vocabularies of random vectors, clustered so that many cosines are close: hard cases for a bound. */
final class RandomVectors {
    private RandomVectors() {
    }

    static WordVectors clustered(int words, int dimensions, long seed) {
        return clustered(words, dimensions, Math.max(1, words / 50), seed);
    }

    /** With one cluster per word the vocabulary is isotropic: no direction carries more than another. */
    static WordVectors clustered(int words, int dimensions, int clusters, long seed) {
        Random random = new Random(seed);
        float[][] centres = new float[clusters][dimensions];
        for (float[] centre : centres) {
            for (int d = 0; d < dimensions; d++) {
                centre[d] = (float) random.nextGaussian();
            }
        }
        String[] vocabulary = new String[words];
        float[] raw = new float[words * dimensions];
        for (int w = 0; w < words; w++) {
            vocabulary[w] = "w" + w;
            float[] centre = centres[random.nextInt(clusters)];
            double scale = 0.5 + 5 * random.nextDouble(); // GloVe's norms vary too
            for (int d = 0; d < dimensions; d++) {
                raw[w * dimensions + d] = (float) (scale * (centre[d] + 0.3 * random.nextGaussian()));
            }
        }
        return new WordVectors(vocabulary, raw, dimensions);
    }

    /** Cosines of every word with a query, in double precision from the raw floats: the reference. */
    static double[] cosines(WordVectors vectors, double[] query) {
        double[] out = new double[vectors.size()];
        double qq = 0;
        for (double x : query) {
            qq += x * x;
        }
        for (int w = 0; w < vectors.size(); w++) {
            float[] v = vectors.row(w);
            double dot = 0;
            double vv = 0;
            for (int d = 0; d < v.length; d++) {
                dot += v[d] * query[d];
                vv += (double) v[d] * v[d];
            }
            out[w] = dot / Math.sqrt(vv * qq);
        }
        return out;
    }
}
