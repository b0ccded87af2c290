package seqstream.rnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One step of each cell with one input and one hidden unit, against values worked out by hand (in a calculator). */
class CellValuesTest {
    private static final double[] X = {1.0};
    private static final double H = 0.2;

    @Test
    void rnnCell() {
        RnnCell cell = new RnnCell(1, 1, new SplittableRandom(1), 0);
        cell.wax.fill(0.5);
        cell.waa.fill(-0.3);
        cell.ba.fill(0.1);
        // tanh(0.5 * 1 - 0.3 * 0.2 + 0.1) = tanh(0.54)
        assertThat(cell.forward(X, new State(new double[] {H}, null)).state().h()[0]).isCloseTo(0.49298796667532435, within(1e-15));
    }

    @Test
    void lstmCell() {
        LstmCell cell = new LstmCell(1, 1, new SplittableRandom(1), 0);
        set(cell.wf, 0.1, 0.4);
        set(cell.wi, -0.2, 0.3);
        cell.bi.fill(0.1);
        set(cell.wc, 0.5, -0.6);
        set(cell.wo, 0.3, 0.2);
        cell.bo.fill(-0.1);
        // f = s(0.42), i = s(0.36), c~ = tanh(-0.5), o = s(0.16); c = f * 0.5 + i * c~; a = o * tanh(c)
        State next = cell.forward(X, new State(new double[] {H}, new double[] {0.5})).state();
        assertThat(next.c()[0]).isCloseTo(0.029535934033970646, within(1e-15));
        assertThat(next.h()[0]).isCloseTo(0.015942254828064963, within(1e-15));
    }

    @Test
    void gruCell() {
        GruCell cell = new GruCell(1, 1, new SplittableRandom(1), 0);
        cell.wz.fill(0.3);
        cell.rz.fill(-0.2);
        cell.bz.fill(0.1);
        cell.wr.fill(0.5);
        cell.rr.fill(0.4);
        cell.wn.fill(-0.7);
        cell.rn.fill(0.6);
        cell.bn.fill(0.2);
        // z = s(0.36), r = s(0.58), n = tanh(-0.5 + 0.6 * r * 0.2), h = (1 - z) n + z 0.2
        assertThat(cell.forward(X, new State(new double[] {H}, null)).state().h()[0]).isCloseTo(-0.0463765031762642, within(1e-15));
    }

    /** The LSTM's gate weights are over [a_prev; x]: first the recurrent weight, then the input weight. */
    private static void set(Param w, double recurrent, double input) {
        w.set(0, 0, recurrent);
        w.set(0, 1, input);
    }
}
