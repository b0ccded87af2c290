package seqstream.rnn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A GRU cell as ONNX defines one (linear_before_reset = 0, as in Cho et al.):
 * z = s(Wz x + Rz h + bz), r = s(Wr x + Rr h + br), n = tanh(Wn x + Rn (r * h) + bn),
 * h_next = (1 - z) * n + z * h.
 */
public final class GruCell implements Cell {
    public final Param wz;
    public final Param rz;
    public final Param bz;
    public final Param wr;
    public final Param rr;
    public final Param br;
    public final Param wn;
    public final Param rn;
    public final Param bn;

    public GruCell(int inputSize, int hiddenSize, RandomGenerator random, double scale) {
        wz = new Param("Wz", hiddenSize, inputSize).randomize(random, scale);
        rz = new Param("Rz", hiddenSize, hiddenSize).randomize(random, scale);
        bz = new Param("bz", hiddenSize, 1);
        wr = new Param("Wr", hiddenSize, inputSize).randomize(random, scale);
        rr = new Param("Rr", hiddenSize, hiddenSize).randomize(random, scale);
        br = new Param("br", hiddenSize, 1);
        wn = new Param("Wn", hiddenSize, inputSize).randomize(random, scale);
        rn = new Param("Rn", hiddenSize, hiddenSize).randomize(random, scale);
        bn = new Param("bn", hiddenSize, 1);
    }

    @Override
    public int inputSize() {
        return wz.cols;
    }

    @Override
    public int hiddenSize() {
        return wz.rows;
    }

    @Override
    public State zeroState() {
        return State.zeros(hiddenSize(), false);
    }

    @Override
    public List<Param> parameters() {
        return List.of(wz, rz, bz, wr, rr, br, wn, rn, bn);
    }

    @Override
    public Step forward(double[] x, State previous) {
        double[] h = previous.h();
        double[] z = gate(wz, rz, bz, x, h);
        double[] r = gate(wr, rr, br, x, h);
        int size = h.length;
        double[] rh = new double[size];
        for (int k = 0; k < size; k++) {
            rh[k] = r[k] * h[k];
        }
        double[] n = Ops.affine(wn, x, bn);
        Ops.addMatVec(rn, rh, n);
        n = Ops.tanh(n);
        double[] next = new double[size];
        for (int k = 0; k < size; k++) {
            next[k] = (1 - z[k]) * n[k] + z[k] * h[k];
        }
        double[] candidate = n;
        return new Step() {
            @Override
            public State state() {
                return new State(next, null);
            }

            @Override
            public Gradient backward(State dState) {
                double[] dz = new double[size];
                double[] dn = new double[size];
                double[] dPrevious = new double[size];
                for (int k = 0; k < size; k++) {
                    double dNext = dState.h()[k];
                    dz[k] = dNext * (h[k] - candidate[k]) * z[k] * (1 - z[k]);
                    dn[k] = dNext * (1 - z[k]) * (1 - candidate[k] * candidate[k]);
                    dPrevious[k] = dNext * z[k];
                }
                double[] dx = new double[x.length];
                Ops.addOuter(wn, dn, x);
                Ops.addOuter(rn, dn, rh);
                Ops.addTo(bn.grad, dn);
                Ops.addMatTVec(wn, dn, dx);
                double[] dRh = new double[size];
                Ops.addMatTVec(rn, dn, dRh);
                double[] dr = new double[size];
                for (int k = 0; k < size; k++) {
                    dr[k] = dRh[k] * h[k] * r[k] * (1 - r[k]);
                    dPrevious[k] += dRh[k] * r[k];
                }
                backwardGate(wz, rz, bz, dz, x, h, dx, dPrevious);
                backwardGate(wr, rr, br, dr, x, h, dx, dPrevious);
                return new Gradient(new State(dPrevious, null), dx);
            }
        };
    }

    private static double[] gate(Param w, Param r, Param b, double[] x, double[] h) {
        double[] pre = Ops.affine(w, x, b);
        Ops.addMatVec(r, h, pre);
        return Ops.sigmoid(pre);
    }

    private static void backwardGate(Param w, Param r, Param b, double[] dGate, double[] x, double[] h, double[] dx,
            double[] dh) {
        Ops.addOuter(w, dGate, x);
        Ops.addOuter(r, dGate, h);
        Ops.addTo(b.grad, dGate);
        Ops.addMatTVec(w, dGate, dx);
        Ops.addMatTVec(r, dGate, dh);
    }
}
