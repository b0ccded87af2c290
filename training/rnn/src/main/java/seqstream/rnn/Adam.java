package seqstream.rnn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Adam (Kingma and Ba), with bias-corrected first and second moments per parameter entry. */
public final class Adam implements Optimizer {
    private double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Param, double[][]> moments = new IdentityHashMap<>();
    private int t;

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** For schedules: a smaller step once validation stops improving, say. */
    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    public double learningRate() {
        return learningRate;
    }

    @Override
    public void step(List<Param> parameters) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (Param p : parameters) {
            double[][] mv = moments.computeIfAbsent(p, k -> new double[][] {new double[k.value.length], new double[k.value.length]});
            double[] m = mv[0];
            double[] v = mv[1];
            for (int i = 0; i < p.value.length; i++) {
                double g = p.grad[i];
                m[i] = beta1 * m[i] + (1 - beta1) * g;
                v[i] = beta2 * v[i] + (1 - beta2) * g * g;
                p.value[i] -= learningRate * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + epsilon);
            }
            p.zeroGrad();
        }
    }
}
