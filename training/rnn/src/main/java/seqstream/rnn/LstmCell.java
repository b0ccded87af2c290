package seqstream.rnn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The course's LSTM cell, each gate a dense layer over [a_prev; x]:
 * forget f, update i, candidate c~, output o; c_next = f * c_prev + i * c~; a_next = o * tanh(c_next).
 */
public final class LstmCell implements Cell {
    public final Param wf;
    public final Param bf;
    public final Param wi;
    public final Param bi;
    public final Param wc;
    public final Param bc;
    public final Param wo;
    public final Param bo;
    private final int inputSize;

    public LstmCell(int inputSize, int hiddenSize, RandomGenerator random, double scale) {
        this.inputSize = inputSize;
        int concat = hiddenSize + inputSize;
        wf = new Param("Wf", hiddenSize, concat).randomize(random, scale);
        bf = new Param("bf", hiddenSize, 1);
        wi = new Param("Wi", hiddenSize, concat).randomize(random, scale);
        bi = new Param("bi", hiddenSize, 1);
        wc = new Param("Wc", hiddenSize, concat).randomize(random, scale);
        bc = new Param("bc", hiddenSize, 1);
        wo = new Param("Wo", hiddenSize, concat).randomize(random, scale);
        bo = new Param("bo", hiddenSize, 1);
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int hiddenSize() {
        return wf.rows;
    }

    @Override
    public State zeroState() {
        return State.zeros(hiddenSize(), true);
    }

    @Override
    public List<Param> parameters() {
        return List.of(wf, bf, wi, bi, wc, bc, wo, bo);
    }

    @Override
    public Step forward(double[] x, State previous) {
        double[] concat = Ops.concat(previous.h(), x);
        double[] f = Ops.sigmoid(Ops.affine(wf, concat, bf));
        double[] i = Ops.sigmoid(Ops.affine(wi, concat, bi));
        double[] candidate = Ops.tanh(Ops.affine(wc, concat, bc));
        double[] o = Ops.sigmoid(Ops.affine(wo, concat, bo));
        int n = f.length;
        double[] c = new double[n];
        double[] tanhC = new double[n];
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = f[k] * previous.c()[k] + i[k] * candidate[k];
            tanhC[k] = Math.tanh(c[k]);
            a[k] = o[k] * tanhC[k];
        }
        return new Step() {
            @Override
            public State state() {
                return new State(a, c);
            }

            @Override
            public Gradient backward(State dState) {
                double[] dF = new double[n];
                double[] dI = new double[n];
                double[] dCandidate = new double[n];
                double[] dO = new double[n];
                double[] dcPrevious = new double[n];
                for (int k = 0; k < n; k++) {
                    double da = dState.h()[k];
                    double dc = dState.c()[k] + da * o[k] * (1 - tanhC[k] * tanhC[k]);
                    dO[k] = da * tanhC[k] * o[k] * (1 - o[k]);
                    dCandidate[k] = dc * i[k] * (1 - candidate[k] * candidate[k]);
                    dI[k] = dc * candidate[k] * i[k] * (1 - i[k]);
                    dF[k] = dc * previous.c()[k] * f[k] * (1 - f[k]);
                    dcPrevious[k] = dc * f[k];
                }
                double[] dConcat = new double[concat.length];
                backwardGate(wf, bf, dF, concat, dConcat);
                backwardGate(wi, bi, dI, concat, dConcat);
                backwardGate(wc, bc, dCandidate, concat, dConcat);
                backwardGate(wo, bo, dO, concat, dConcat);
                double[] daPrevious = java.util.Arrays.copyOfRange(dConcat, 0, n);
                double[] dx = java.util.Arrays.copyOfRange(dConcat, n, concat.length);
                return new Gradient(new State(daPrevious, dcPrevious), dx);
            }
        };
    }

    /** A gate's share of the gradients: its weights, its bias, and the concatenated input. */
    private static void backwardGate(Param w, Param b, double[] dGate, double[] concat, double[] dConcat) {
        Ops.addOuter(w, dGate, concat);
        Ops.addTo(b.grad, dGate);
        Ops.addMatTVec(w, dGate, dConcat);
    }
}
