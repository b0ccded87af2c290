package seqstream.rnn;

import java.util.List;
import java.util.random.RandomGenerator;

/** The course's basic RNN cell: a_next = tanh(Waa a_prev + Wax x + ba). */
public final class RnnCell implements Cell {
    public final Param wax;
    public final Param waa;
    public final Param ba;

    public RnnCell(int inputSize, int hiddenSize, RandomGenerator random, double scale) {
        wax = new Param("Wax", hiddenSize, inputSize).randomize(random, scale);
        waa = new Param("Waa", hiddenSize, hiddenSize).randomize(random, scale);
        ba = new Param("ba", hiddenSize, 1);
    }

    @Override
    public int inputSize() {
        return wax.cols;
    }

    @Override
    public int hiddenSize() {
        return waa.rows;
    }

    @Override
    public State zeroState() {
        return State.zeros(hiddenSize(), false);
    }

    @Override
    public List<Param> parameters() {
        return List.of(wax, waa, ba);
    }

    @Override
    public Step forward(double[] x, State previous) {
        double[] z = ba.value.clone();
        Ops.addMatVec(wax, x, z);
        Ops.addMatVec(waa, previous.h(), z);
        double[] a = Ops.tanh(z);
        return new Step() {
            @Override
            public State state() {
                return new State(a, null);
            }

            @Override
            public Gradient backward(State dState) {
                double[] dz = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    dz[i] = (1 - a[i] * a[i]) * dState.h()[i];
                }
                Ops.addOuter(wax, dz, x);
                Ops.addOuter(waa, dz, previous.h());
                Ops.addTo(ba.grad, dz);
                double[] dx = new double[x.length];
                Ops.addMatTVec(wax, dz, dx);
                double[] dPrevious = new double[a.length];
                Ops.addMatTVec(waa, dz, dPrevious);
                return new Gradient(new State(dPrevious, null), dx);
            }
        };
    }
}
