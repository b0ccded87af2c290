package seqstream.rnn;

/**
 * A recurrent state: the hidden state {@code h}, and for an LSTM its cell state {@code c} (null for the
 * RNN and GRU). The same shape carries the gradient of a state in the backward pass.
 */
public record State(double[] h, double[] c) {

    public static State zeros(int hidden, boolean withCell) {
        return new State(new double[hidden], withCell ? new double[hidden] : null);
    }
}
