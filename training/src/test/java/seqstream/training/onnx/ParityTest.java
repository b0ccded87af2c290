package seqstream.training.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParityTest {
    @Test
    void theMeanIsTakenElementByElementOverRowsOfTheirOwnLength() {
        float[][] a = {{1, 2, 3}, {4}};
        float[][] b = {{3, 2, 1}, {0}};
        assertThat(Parity.mean(List.of(a, b))).isEqualTo(new float[][] {{2, 2, 2}, {2}});
    }

    @Test
    void theLargestDifferenceCountsAndRowsOfAnotherLengthNeverPass() {
        assertThat(Parity.maxDifference(new float[][] {{1, 2}, {3}}, new float[][] {{1, 2.5f}, {2.9f}})).isCloseTo(0.5, within(1e-6));
        assertThat(Parity.maxDifference(new float[][] {{1, 2}}, new float[][] {{1, 2, 3}})).isInfinite();
    }
}
