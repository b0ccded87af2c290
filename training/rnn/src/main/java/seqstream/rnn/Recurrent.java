package seqstream.rnn;

import java.util.ArrayList;
import java.util.List;

/** A whole RNN (of any cell) over a sequence: forward step by step, backward through time. */
public final class Recurrent {
    private Recurrent() {
    }

    public static List<Cell.Step> forward(Cell cell, List<double[]> inputs, State initial) {
        List<Cell.Step> steps = new ArrayList<>(inputs.size());
        State state = initial;
        for (double[] x : inputs) {
            Cell.Step step = cell.forward(x, state);
            steps.add(step);
            state = step.state();
        }
        return steps;
    }

    /**
     * Backpropagation through time. {@code dHidden.get(t)} is the loss's gradient with respect to the hidden
     * state output at step t (from whatever reads it, an output layer say); the gradient that flows back from
     * step t+1 is added here. Adds the cell's parameter gradients; returns the gradients of the inputs and of
     * the initial state.
     */
    public static Result backward(List<Cell.Step> steps, List<double[]> dHidden) {
        int hidden = dHidden.getFirst().length;
        State carried = State.zeros(hidden, steps.getFirst().state().c() != null);
        double[][] dInputs = new double[steps.size()][];
        for (int t = steps.size() - 1; t >= 0; t--) {
            double[] dh = carried.h().clone();
            Ops.addTo(dh, dHidden.get(t));
            Cell.Gradient gradient = steps.get(t).backward(new State(dh, carried.c()));
            dInputs[t] = gradient.input();
            carried = gradient.previous();
        }
        return new Result(List.of(dInputs), carried);
    }

    /** Gradients of a sequence's inputs, and of the state it started from. */
    public record Result(List<double[]> dInputs, State dInitial) {
    }
}
