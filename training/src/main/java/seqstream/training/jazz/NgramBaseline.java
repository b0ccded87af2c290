package seqstream.training.jazz;

import java.util.List;
import seqstream.music.MusicValue;

/**
 * The baselines the LSTM must beat: unigram and bigram models over the values, add-k smoothed over the whole
 * vocabulary (so a value never seen in training still has a probability), k chosen on the validation part.
 */
final class NgramBaseline {
    static final double[] SMOOTHING = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1};

    private final int[] unigrams = new int[MusicValue.COUNT];
    private final int[][] bigrams = new int[MusicValue.COUNT + 1][MusicValue.COUNT];
    private int total;

    /** Counts over values [0, end); the first value's predecessor is the start symbol. */
    NgramBaseline(List<MusicValue> values, int end) {
        for (int i = 0; i < end; i++) {
            int value = values.get(i).index();
            unigrams[value]++;
            bigrams[i == 0 ? MusicValue.START : values.get(i - 1).index()][value]++;
            total++;
        }
    }

    double unigram(int value, double k) {
        return (unigrams[value] + k) / (total + k * MusicValue.COUNT);
    }

    double bigram(int previous, int value, double k) {
        int[] row = bigrams[previous];
        int rowTotal = 0;
        for (int count : row) {
            rowTotal += count;
        }
        return (row[value] + k) / (rowTotal + k * MusicValue.COUNT);
    }

    /** Mean NLL (nats) over positions [from, to) for order 1 or 2 at smoothing k. */
    double nll(List<MusicValue> values, int from, int to, int order, double k) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            int value = values.get(i).index();
            sum -= Math.log(order == 1 ? unigram(value, k) : bigram(i == 0 ? MusicValue.START : values.get(i - 1).index(), value, k));
        }
        return sum / (to - from);
    }

    /** The smoothing with the lowest NLL on [from, to). */
    double bestSmoothing(List<MusicValue> values, int from, int to, int order) {
        double best = SMOOTHING[0];
        for (double k : SMOOTHING) {
            if (nll(values, from, to, order, k) < nll(values, from, to, order, best)) {
                best = k;
            }
        }
        return best;
    }
}
