package seqstream.vectors;

import java.util.ArrayList;
import java.util.List;

/** a:b :: c:? over a whole vocabulary, exactly; the answer is never a, b or c. */
public final class Analogies {
    private final WordVectors vectors;

    public Analogies(WordVectors vectors) {
        this.vectors = vectors;
    }

    /** Whether every word is in the vocabulary. */
    public boolean knows(String... words) {
        return java.util.Arrays.stream(words).allMatch(vectors::contains);
    }

    public Neighbor solve(String a, String b, String c, AnalogyMethod method) {
        return solve(List.<String[]>of(new String[] {a, b, c}), method).getFirst();
    }

    /** Many analogies ({a, b, c} each); gensim's in one pass over the vectors. */
    public List<Neighbor> solve(List<String[]> questions, AnalogyMethod method) {
        int[][] ids = new int[questions.size()][];
        for (int q = 0; q < questions.size(); q++) {
            String[] abc = questions.get(q);
            ids[q] = new int[] {vectors.indexOf(abc[0]), vectors.indexOf(abc[1]), vectors.indexOf(abc[2])};
        }
        if (method == AnalogyMethod.COURSE) {
            List<Neighbor> answers = new ArrayList<>();
            for (int[] abc : ids) {
                answers.add(course(abc));
            }
            return answers;
        }
        float[][] targets = new float[ids.length][];
        for (int q = 0; q < ids.length; q++) {
            targets[q] = gensimTarget(ids[q]);
        }
        return vectors.nearest(targets, 1, ids).stream().map(List::getFirst).toList();
    }

    /** unit(b) - unit(a) + unit(c). */
    private float[] gensimTarget(int[] abc) {
        float[] target = new float[vectors.dimensions()];
        int[] signs = {-1, 1, 1};
        for (int i = 0; i < 3; i++) {
            float[] v = vectors.row(abc[i]);
            double norm = vectors.norm(abc[i]);
            for (int d = 0; d < target.length; d++) {
                target[d] += (float) (signs[i] * v[d] / (norm == 0 ? 1 : norm));
            }
        }
        return target;
    }

    /**
     * The course's rule, scanned in double precision: cos(e_b - e_a, e_w - e_c) needs e_w's dot products with
     * (e_b - e_a) and with e_c, and |e_w - e_c|^2 = |e_w|^2 - 2 e_w.e_c + |e_c|^2.
     */
    private Neighbor course(int[] abc) {
        int dims = vectors.dimensions();
        float[] raw = vectors.raw();
        double[] direction = new double[dims];
        double[] c = new double[dims];
        double directionNorm = 0;
        double cc = 0;
        for (int d = 0; d < dims; d++) {
            direction[d] = (double) raw[abc[1] * dims + d] - raw[abc[0] * dims + d];
            c[d] = raw[abc[2] * dims + d];
            directionNorm += direction[d] * direction[d];
            cc += c[d] * c[d];
        }
        directionNorm = Math.sqrt(directionNorm);
        double dc = 0;
        for (int d = 0; d < dims; d++) {
            dc += direction[d] * c[d];
        }
        int best = -1;
        double bestCosine = Double.NEGATIVE_INFINITY;
        for (int w = 0; w < vectors.size(); w++) {
            if (w == abc[0] || w == abc[1] || w == abc[2]) {
                continue;
            }
            double dw = 0;
            double cw = 0;
            double ww = 0;
            for (int d = 0; d < dims; d++) {
                double x = raw[w * dims + d];
                dw += direction[d] * x;
                cw += c[d] * x;
                ww += x * x;
            }
            double distance = Math.sqrt(Math.max(0, ww - 2 * cw + cc));
            double cosine = distance == 0 || directionNorm == 0 ? 0 : (dw - dc) / (directionNorm * distance);
            if (cosine > bestCosine) {
                bestCosine = cosine;
                best = w;
            }
        }
        return new Neighbor(vectors.word(best), bestCosine);
    }
}
