package seqstream.rnn;

/** The few vector operations the cells need, on plain arrays. */
public final class Ops {
    private Ops() {
    }

    /** W x (+ to {@code out}): W is rows x cols, x has cols entries. */
    public static void addMatVec(Param w, double[] x, double[] out) {
        for (int r = 0; r < w.rows; r++) {
            double sum = 0;
            int row = r * w.cols;
            for (int c = 0; c < w.cols; c++) {
                sum += w.value[row + c] * x[c];
            }
            out[r] += sum;
        }
    }

    /** W^T d (+ to {@code out}). */
    public static void addMatTVec(Param w, double[] d, double[] out) {
        for (int r = 0; r < w.rows; r++) {
            double dr = d[r];
            int row = r * w.cols;
            for (int c = 0; c < w.cols; c++) {
                out[c] += w.value[row + c] * dr;
            }
        }
    }

    /** dW += d x^T: the gradient of W x for an upstream gradient d. */
    public static void addOuter(Param w, double[] d, double[] x) {
        for (int r = 0; r < w.rows; r++) {
            double dr = d[r];
            int row = r * w.cols;
            for (int c = 0; c < w.cols; c++) {
                w.grad[row + c] += dr * x[c];
            }
        }
    }

    /** db += d. */
    public static void addTo(double[] grad, double[] d) {
        for (int i = 0; i < d.length; i++) {
            grad[i] += d[i];
        }
    }

    /** W x + b as a new vector. */
    public static double[] affine(Param w, double[] x, Param b) {
        double[] out = b.value.clone();
        addMatVec(w, x, out);
        return out;
    }

    public static double[] sigmoid(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 / (1 + Math.exp(-x[i]));
        }
        return y;
    }

    public static double[] tanh(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.tanh(x[i]);
        }
        return y;
    }

    /** Softmax, shifted by the maximum so large logits cannot overflow. */
    public static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** [a; b]. */
    public static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
