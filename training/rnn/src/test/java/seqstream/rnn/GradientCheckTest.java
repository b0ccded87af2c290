package seqstream.rnn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every backward pass against centred differences: (L(w + e) - L(w - e)) / 2e for each entry, compared
 * as the course does, |analytic - numeric| / (|analytic| + |numeric|) over a whole tensor, below 1e-7.
 */
class GradientCheckTest {
    private static final double EPSILON = 1e-5;
    private static final double TOLERANCE = 1e-7;

    private static Cell cell(String kind, int input, int hidden, SplittableRandom random) {
        Cell cell = switch (kind) {
            case "rnn" -> new RnnCell(input, hidden, random, 0.5);
            case "lstm" -> new LstmCell(input, hidden, random, 0.5);
            case "gru" -> new GruCell(input, hidden, random, 0.5);
            default -> throw new IllegalArgumentException(kind);
        };
        for (Param p : cell.parameters()) {
            if (p.cols == 1) {
                p.randomize(random, 0.3); // non-zero biases, so their gradients are checked at a general point
            }
        }
        return cell;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rnn", "lstm", "gru"})
    void characterModelWithSoftmaxAndCrossEntropy(String kind) {
        SplittableRandom random = new SplittableRandom(7);
        int vocabulary = 5;
        CharModel model = new CharModel(cell(kind, vocabulary, 4, random), new SoftmaxOutput(4, vocabulary, random, 0.5),
                vocabulary);
        int[] inputs = {CharModel.START, 2, 0, 4, 1, 3};
        int[] targets = {2, 0, 4, 1, 3, 0};
        model.loss(inputs, targets, true);
        for (Param p : model.parameters()) {
            double[] numeric = numericGradient(p.value, () -> model.loss(inputs, targets, false));
            assertThat(relativeError(p.grad, numeric)).as(kind + " " + p).isLessThan(TOLERANCE);
        }
    }

    /** A whole RNN over a sequence, loss = sum over t of g_t . h_t: parameters, inputs and initial state. */
    @ParameterizedTest
    @ValueSource(strings = {"rnn", "lstm", "gru"})
    void wholeSequenceIncludingInputsAndInitialState(String kind) {
        SplittableRandom random = new SplittableRandom(11);
        int inputSize = 3;
        int hidden = 4;
        Cell cell = cell(kind, inputSize, hidden, random);
        List<double[]> xs = randomVectors(5, inputSize, random);
        List<double[]> upstream = randomVectors(5, hidden, random);
        State initial = new State(randomVectors(1, hidden, random).getFirst(),
                kind.equals("lstm") ? randomVectors(1, hidden, random).getFirst() : null);
        DoubleSupplier loss = () -> {
            List<Cell.Step> steps = Recurrent.forward(cell, xs, initial);
            double sum = 0;
            for (int t = 0; t < steps.size(); t++) {
                for (int k = 0; k < hidden; k++) {
                    sum += upstream.get(t)[k] * steps.get(t).state().h()[k];
                }
            }
            return sum;
        };

        Recurrent.Result result = Recurrent.backward(Recurrent.forward(cell, xs, initial), upstream);
        for (Param p : cell.parameters()) {
            assertThat(relativeError(p.grad, numericGradient(p.value, loss))).as(kind + " " + p).isLessThan(TOLERANCE);
        }
        for (int t = 0; t < xs.size(); t++) {
            assertThat(relativeError(result.dInputs().get(t), numericGradient(xs.get(t), loss)))
                    .as(kind + " dx at " + t).isLessThan(TOLERANCE);
        }
        assertThat(relativeError(result.dInitial().h(), numericGradient(initial.h(), loss))).as(kind + " dh0")
                .isLessThan(TOLERANCE);
        if (initial.c() != null) {
            assertThat(relativeError(result.dInitial().c(), numericGradient(initial.c(), loss))).as(kind + " dc0")
                    .isLessThan(TOLERANCE);
        }
    }

    private static double[] numericGradient(double[] values, DoubleSupplier loss) {
        double[] numeric = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double saved = values[i];
            values[i] = saved + EPSILON;
            double plus = loss.getAsDouble();
            values[i] = saved - EPSILON;
            double minus = loss.getAsDouble();
            values[i] = saved;
            numeric[i] = (plus - minus) / (2 * EPSILON);
        }
        return numeric;
    }

    private static double relativeError(double[] analytic, double[] numeric) {
        double difference = 0;
        double a = 0;
        double n = 0;
        for (int i = 0; i < analytic.length; i++) {
            difference += (analytic[i] - numeric[i]) * (analytic[i] - numeric[i]);
            a += analytic[i] * analytic[i];
            n += numeric[i] * numeric[i];
        }
        return Math.sqrt(difference) / (Math.sqrt(a) + Math.sqrt(n));
    }

    private static List<double[]> randomVectors(int count, int size, SplittableRandom random) {
        IntFunction<double[]> vector = i -> random.doubles(size, -1, 1).toArray();
        List<double[]> vectors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            vectors.add(vector.apply(i));
        }
        return vectors;
    }
}
