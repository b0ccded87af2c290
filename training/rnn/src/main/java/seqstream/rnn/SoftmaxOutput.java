package seqstream.rnn;

import java.util.List;
import java.util.random.RandomGenerator;

/** The output layer: y = softmax(Wy h + by), trained with cross-entropy against the next character. */
public final class SoftmaxOutput {
    public final Param wy;
    public final Param by;

    public SoftmaxOutput(int hiddenSize, int classes, RandomGenerator random, double scale) {
        wy = new Param("Wy", classes, hiddenSize).randomize(random, scale);
        by = new Param("by", classes, 1);
    }

    public double[] logits(double[] h) {
        return Ops.affine(wy, h, by);
    }

    public double[] probabilities(double[] h) {
        return Ops.softmax(logits(h));
    }

    /**
     * Cross-entropy's backward pass for probabilities {@code p} (from {@code h}) and the true class: adds the
     * gradients of Wy and by and returns that of h. The gradient of -log p[target] by the logits is p - onehot.
     */
    public double[] backward(double[] p, int target, double[] h) {
        double[] dLogits = p.clone();
        dLogits[target] -= 1;
        Ops.addOuter(wy, dLogits, h);
        Ops.addTo(by.grad, dLogits);
        double[] dh = new double[h.length];
        Ops.addMatTVec(wy, dLogits, dh);
        return dh;
    }

    public List<Param> parameters() {
        return List.of(wy, by);
    }
}
