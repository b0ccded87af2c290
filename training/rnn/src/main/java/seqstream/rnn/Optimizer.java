package seqstream.rnn;

import java.util.List;

/** Updates parameters from their gradients, then clears the gradients. */
public interface Optimizer {
    void step(List<Param> parameters);

    /** Plain gradient descent: w -= lr * dw. */
    static Optimizer sgd(double learningRate) {
        return parameters -> {
            for (Param p : parameters) {
                for (int i = 0; i < p.value.length; i++) {
                    p.value[i] -= learningRate * p.grad[i];
                }
                p.zeroGrad();
            }
        };
    }

    static Adam adam(double learningRate) {
        return new Adam(learningRate, 0.9, 0.999, 1e-8);
    }

    /** Clips every gradient entry to [-max, max], as the course does against exploding gradients. */
    static void clip(List<Param> parameters, double max) {
        for (Param p : parameters) {
            for (int i = 0; i < p.grad.length; i++) {
                p.grad[i] = Math.max(-max, Math.min(max, p.grad[i]));
            }
        }
    }
}
