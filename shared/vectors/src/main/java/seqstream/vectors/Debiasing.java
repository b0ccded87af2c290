package seqstream.vectors;

/**
 * The course's debiasing (Bolukbasi et al., 2016) on unit vectors: a bias axis g = unit(woman) - unit(man),
 * a word's projection on it, neutralize (remove the projection from a word that should have none, such as
 * "receptionist") and equalize (make a pair such as actor/actress differ only along g, symmetrically).
 */
public final class Debiasing {
    private final WordVectors vectors;
    private final double[] axis;

    /** The gender axis: unit(woman) - unit(man). */
    public static Debiasing gender(WordVectors vectors) {
        return new Debiasing(vectors, "man", "woman");
    }

    /** The axis from {@code from} to {@code to}, on unit vectors. */
    public Debiasing(WordVectors vectors, String from, String to) {
        this.vectors = vectors;
        double[] a = unit(vectors.vector(from));
        double[] b = unit(vectors.vector(to));
        this.axis = new double[a.length];
        for (int d = 0; d < a.length; d++) {
            axis[d] = b[d] - a[d];
        }
    }

    public double[] axis() {
        return axis.clone();
    }

    /** cos(word, g). */
    public double cosine(String word) {
        return cosine(unit(vectors.vector(word)), axis);
    }

    /** The length of the word's vector (as GloVe gives it) along g: (e . g) / |g|. */
    public double projection(String word) {
        float[] e = vectors.vector(word);
        double[] raw = new double[e.length];
        for (int d = 0; d < e.length; d++) {
            raw[d] = e[d];
        }
        return dot(raw, axis) / Math.sqrt(dot(axis, axis));
    }

    /** The word's unit vector with its component along g removed. */
    public double[] neutralize(String word) {
        return minus(unit(vectors.vector(word)), along(unit(vectors.vector(word))));
    }

    /**
     * The pair made to differ only along g, symmetrically about the plane orthogonal to it, by the course's
     * formula: e = sqrt(|1 - |mu_orth|^2|) (e_B - mu_B) / |(e - mu_orth) - mu_B| + mu_orth.
     */
    public double[][] equalize(String first, String second) {
        double[] e1 = unit(vectors.vector(first));
        double[] e2 = unit(vectors.vector(second));
        double[] mu = new double[e1.length];
        for (int d = 0; d < mu.length; d++) {
            mu[d] = (e1[d] + e2[d]) / 2;
        }
        double[] muB = along(mu);
        double[] muOrth = minus(mu, muB);
        double scale = Math.sqrt(Math.abs(1 - dot(muOrth, muOrth)));
        return new double[][] {equalized(e1, muB, muOrth, scale), equalized(e2, muB, muOrth, scale)};
    }

    private double[] equalized(double[] e, double[] muB, double[] muOrth, double scale) {
        double[] eB = along(e);
        double[] direction = minus(eB, muB);
        double[] offset = minus(minus(e, muOrth), muB);
        double length = Math.sqrt(dot(offset, offset));
        double[] out = new double[e.length];
        for (int d = 0; d < e.length; d++) {
            out[d] = scale * direction[d] / length + muOrth[d];
        }
        return out;
    }

    /** The component of v along g. */
    private double[] along(double[] v) {
        double k = dot(v, axis) / dot(axis, axis);
        double[] out = new double[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = k * axis[d];
        }
        return out;
    }

    public static double cosine(double[] u, double[] v) {
        double uu = dot(u, u);
        double vv = dot(v, v);
        return uu == 0 || vv == 0 ? 0 : dot(u, v) / Math.sqrt(uu * vv);
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int d = 0; d < u.length; d++) {
            s += u[d] * v[d];
        }
        return s;
    }

    private static double[] minus(double[] u, double[] v) {
        double[] out = new double[u.length];
        for (int d = 0; d < u.length; d++) {
            out[d] = u[d] - v[d];
        }
        return out;
    }

    private static double[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        norm = Math.sqrt(norm);
        double[] out = new double[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = norm == 0 ? 0 : v[d] / norm;
        }
        return out;
    }
}
