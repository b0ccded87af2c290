package seqstream.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DebiasingTest {
    private static final String[] WORDS = {"man", "woman", "receptionist", "actor", "actress", "doctor"};
    private static final WordVectors VECTORS = vectors();
    private static final Debiasing GENDER = Debiasing.gender(VECTORS);

    @Test
    void neutralizeLeavesNothingOnTheAxis() {
        double[] neutral = GENDER.neutralize("receptionist");
        assertThat(Math.abs(Debiasing.cosine(neutral, GENDER.axis()))).isLessThan(1e-6);
        assertThat(Math.abs(GENDER.cosine("receptionist"))).as("the random word had a bias to remove").isGreaterThan(1e-3);
    }

    @Test
    void equalizeMakesThePairSymmetricAboutTheAxis() {
        double[][] pair = GENDER.equalize("actor", "actress");
        double[] g = GENDER.axis();
        assertThat(Debiasing.cosine(pair[0], g)).isCloseTo(-Debiasing.cosine(pair[1], g), within(1e-9));
        // They differ only along g: their components orthogonal to g are the same.
        double[] difference = new double[g.length];
        for (int d = 0; d < g.length; d++) {
            difference[d] = pair[0][d] - pair[1][d];
        }
        assertThat(Math.abs(Debiasing.cosine(difference, g))).isCloseTo(1.0, within(1e-9));
        assertThat(Math.abs(Debiasing.cosine(pair[0], g))).as("still gendered, just symmetrically").isGreaterThan(1e-3);
    }

    @Test
    void projectionIsTheVectorsLengthAlongTheAxis() {
        double length = Math.sqrt(squared(VECTORS.vector("woman")));
        assertThat(GENDER.projection("woman")).isCloseTo(GENDER.cosine("woman") * length, within(1e-9));
        assertThat(GENDER.projection("woman")).isGreaterThan(0);
        assertThat(GENDER.projection("man")).isLessThan(0);
    }

    private static double squared(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return s;
    }

    private static WordVectors vectors() {
        Random random = new Random(2);
        float[] raw = new float[WORDS.length * 100];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (float) random.nextGaussian();
        }
        return new WordVectors(WORDS, raw, 100);
    }
}
