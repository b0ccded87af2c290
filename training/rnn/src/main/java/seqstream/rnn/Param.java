package seqstream.rnn;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A trainable matrix (or vector, with one column) and its gradient, both row-major in flat arrays:
 * entry (r, c) is {@code value[r * cols + c]}. Backward passes add into {@link #grad}; optimizers read it
 * and {@link #zeroGrad()} clears it.
 */
public final class Param {
    public final String name;
    public final int rows;
    public final int cols;
    public final double[] value;
    public final double[] grad;

    public Param(String name, int rows, int cols) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.value = new double[rows * cols];
        this.grad = new double[rows * cols];
    }

    /** Gaussian values with this standard deviation (the course uses 0.01 for its RNN). */
    public Param randomize(RandomGenerator random, double scale) {
        for (int i = 0; i < value.length; i++) {
            value[i] = random.nextGaussian() * scale;
        }
        return this;
    }

    public Param fill(double constant) {
        Arrays.fill(value, constant);
        return this;
    }

    public double get(int row, int col) {
        return value[row * cols + col];
    }

    public void set(int row, int col, double v) {
        value[row * cols + col] = v;
    }

    public void zeroGrad() {
        Arrays.fill(grad, 0);
    }

    @Override
    public String toString() {
        return name + "[" + rows + "x" + cols + "]";
    }
}
