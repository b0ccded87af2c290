package seqstream.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both analogy rules against brute-force double-precision references, on random questions. */
class AnalogiesTest {
    private static final WordVectors VECTORS = RandomVectors.clustered(3_001, 100, 5);
    private static final Analogies ANALOGIES = new Analogies(VECTORS);

    @Test
    void gensimRuleEqualsTheReference() {
        List<String[]> questions = questions(40);
        List<Neighbor> answers = ANALOGIES.solve(questions, AnalogyMethod.GENSIM);
        for (int q = 0; q < questions.size(); q++) {
            String[] abc = questions.get(q);
            double[] target = new double[100];
            int[] signs = {-1, 1, 1};
            for (int i = 0; i < 3; i++) {
                double[] u = unit(VECTORS.row(VECTORS.indexOf(abc[i])));
                for (int d = 0; d < 100; d++) {
                    target[d] += signs[i] * u[d];
                }
            }
            double[] cosines = RandomVectors.cosines(VECTORS, target);
            assertThat(answers.get(q).word()).as(String.join(":", abc)).isEqualTo(best(cosines, abc));
        }
    }

    @Test
    void courseRuleEqualsTheReference() {
        for (String[] abc : questions(10)) {
            double[] a = toDoubles(VECTORS.vector(abc[0]));
            double[] b = toDoubles(VECTORS.vector(abc[1]));
            double[] c = toDoubles(VECTORS.vector(abc[2]));
            double[] cosines = new double[VECTORS.size()];
            for (int w = 0; w < VECTORS.size(); w++) {
                double[] e = toDoubles(VECTORS.row(w));
                double[] left = new double[100];
                double[] right = new double[100];
                for (int d = 0; d < 100; d++) {
                    left[d] = b[d] - a[d];
                    right[d] = e[d] - c[d];
                }
                cosines[w] = Debiasing.cosine(left, right);
            }
            assertThat(ANALOGIES.solve(abc[0], abc[1], abc[2], AnalogyMethod.COURSE).word()).isEqualTo(best(cosines, abc));
        }
    }

    @Test
    void unknownWordsAndMethodsAreNamed() {
        assertThatThrownBy(() -> ANALOGIES.solve("w1", "nope", "w2", AnalogyMethod.GENSIM)).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> AnalogyMethod.of("cosmul")).hasMessageContaining("'cosmul'");
        assertThat(AnalogyMethod.of("Course")).isEqualTo(AnalogyMethod.COURSE);
    }

    private static String best(double[] cosines, String[] abc) {
        int best = -1;
        for (int w = 0; w < cosines.length; w++) {
            String word = VECTORS.word(w);
            if (!List.of(abc).contains(word) && (best < 0 || cosines[w] > cosines[best])) {
                best = w;
            }
        }
        return VECTORS.word(best);
    }

    private static List<String[]> questions(int n) {
        Random random = new Random(n);
        List<String[]> questions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            questions.add(new String[] {"w" + random.nextInt(3_001), "w" + random.nextInt(3_001), "w" + random.nextInt(3_001)});
        }
        return questions;
    }

    private static double[] unit(float[] v) {
        double[] x = toDoubles(v);
        double norm = Math.sqrt(java.util.Arrays.stream(x).map(t -> t * t).sum());
        return java.util.Arrays.stream(x).map(t -> t / norm).toArray();
    }

    private static double[] toDoubles(float[] v) {
        return NearestWordsTest.toDoubles(v);
    }
}
