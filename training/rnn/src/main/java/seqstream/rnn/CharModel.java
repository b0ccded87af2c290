package seqstream.rnn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A character-level language model: one-hot characters into a recurrent cell, a softmax over the next
 * character out. Index {@link #START} stands for the zero vector the course feeds before the first
 * character of a name.
 */
public final class CharModel {
    public static final int START = -1;

    public final Cell cell;
    public final SoftmaxOutput output;
    public final int vocabulary;

    public CharModel(Cell cell, SoftmaxOutput output, int vocabulary) {
        if (cell.inputSize() != vocabulary) {
            throw new IllegalArgumentException("the cell reads " + cell.inputSize() + " inputs; the vocabulary has "
                    + vocabulary + " characters");
        }
        this.cell = cell;
        this.output = output;
        this.vocabulary = vocabulary;
    }

    public double[] oneHot(int index) {
        double[] x = new double[vocabulary];
        if (index != START) {
            x[index] = 1;
        }
        return x;
    }

    /**
     * The summed cross-entropy (nats) of predicting {@code targets[t]} after reading {@code inputs[0..t]};
     * with {@code backward}, also adds every parameter's gradient of that loss.
     */
    public double loss(int[] inputs, int[] targets, boolean backward) {
        List<double[]> xs = new ArrayList<>(inputs.length);
        for (int input : inputs) {
            xs.add(oneHot(input));
        }
        List<Cell.Step> steps = Recurrent.forward(cell, xs, cell.zeroState());
        double loss = 0;
        List<double[]> dHidden = new ArrayList<>(steps.size());
        for (int t = 0; t < steps.size(); t++) {
            double[] h = steps.get(t).state().h();
            double[] p = output.probabilities(h);
            loss -= Math.log(p[targets[t]]);
            if (backward) {
                dHidden.add(output.backward(p, targets[t], h));
            }
        }
        if (backward) {
            Recurrent.backward(steps, dHidden);
        }
        return loss;
    }

    /** One step of generation: the state after reading {@code input}. */
    public State step(State state, int input) {
        return cell.forward(oneHot(input), state).state();
    }

    public double[] probabilities(State state) {
        return output.probabilities(state.h());
    }

    public List<Param> parameters() {
        List<Param> all = new ArrayList<>(cell.parameters());
        all.addAll(output.parameters());
        return all;
    }

    /** Index sampled from a distribution with one uniform draw. */
    public static int sample(double[] probabilities, RandomGenerator random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < probabilities.length; i++) {
            cumulative += probabilities[i];
            if (u < cumulative) {
                return i;
            }
        }
        return probabilities.length - 1;
    }
}
