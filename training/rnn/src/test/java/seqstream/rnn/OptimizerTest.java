package seqstream.rnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizerTest {

    private static Param param(double value, double grad) {
        Param p = new Param("w", 1, 1).fill(value);
        p.grad[0] = grad;
        return p;
    }

    @Test
    void sgdStepsAgainstTheGradientAndClearsIt() {
        Param p = param(1.0, 2.0);
        Optimizer.sgd(0.1).step(List.of(p));
        assertThat(p.value[0]).isCloseTo(0.8, within(1e-15));
        assertThat(p.grad[0]).isZero();
    }

    @Test
    void adamsFirstStepIsTheLearningRateAgainstTheGradientsSign() {
        Param p = param(1.0, -123.0);
        Optimizer.adam(0.01).step(List.of(p));
        assertThat(p.value[0]).isCloseTo(1.01, within(1e-9));
    }

    @Test
    void adamMinimizesAQuadratic() {
        Param p = param(5.0, 0);
        Optimizer adam = Optimizer.adam(0.1);
        for (int i = 0; i < 500; i++) {
            p.grad[0] = 2 * (p.value[0] - 3); // d/dw (w - 3)^2
            adam.step(List.of(p));
        }
        assertThat(p.value[0]).isCloseTo(3.0, within(1e-3));
    }

    @Test
    void clippingBoundsEveryEntry() {
        Param p = new Param("w", 1, 3);
        p.grad[0] = 9;
        p.grad[1] = -9;
        p.grad[2] = 0.5;
        Optimizer.clip(List.of(p), 5);
        assertThat(p.grad).containsExactly(5, -5, 0.5);
    }
}
