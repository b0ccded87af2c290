package seqstream.rnn;

import java.util.List;

/** One recurrent step: RNN, LSTM or GRU. */
public interface Cell {
    int inputSize();

    int hiddenSize();

    /** The state before the first step: all zeros. */
    State zeroState();

    /** Runs one step and remembers what its backward pass needs. */
    Step forward(double[] x, State previous);

    List<Param> parameters();

    /** A step that has run forward and can run backward. */
    interface Step {
        /** The state this step produced. */
        State state();

        /**
         * Given the gradient of the loss with respect to {@link #state()}, adds the gradients of the cell's
         * parameters and returns those of the previous state and of the input.
         */
        Gradient backward(State dState);
    }

    /** Gradients flowing back out of a step: to the previous state and to the input. */
    record Gradient(State previous, double[] input) {
    }
}
