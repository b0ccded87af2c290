package seqstream.training.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import seqstream.vectors.WordVectors;

/**
 * Cross-validation on made-up sentences: each has a cue word of its own (never seen in another sentence) whose
 * vector points along its label's axis, so only a model that generalizes through the vectors gets the held-out
 * folds right.
 */
class EmojiCrossValidationTest {
    private static final int PER_LABEL = 10;
    private static final EmojiTraining.Settings AVERAGE = new EmojiTraining.Settings("v1", 1, 30, 4, false, 0.05f, 1);

    private final WordVectors vectors = cueVectors();

    @Test
    void everySentenceIsHeldOutOnceAndNeverTrainedOnInItsOwnFold() {
        List<EmojiData.Example> examples = sentences(i -> i / PER_LABEL);
        for (long seed : EmojiCrossValidation.SPLITS) {
            List<EmojiCrossValidation.Fold> folds = EmojiCrossValidation.folds(examples, 5, seed);
            List<EmojiData.Example> heldOut = new ArrayList<>();
            for (EmojiCrossValidation.Fold fold : folds) {
                assertThat(fold.heldOut()).hasSize(examples.size() / 5);
                assertThat(fold.train()).hasSize(examples.size() - fold.heldOut().size()).doesNotContainAnyElementsOf(fold.heldOut());
                heldOut.addAll(fold.heldOut());
            }
            assertThat(heldOut).containsExactlyInAnyOrderElementsOf(examples);
        }
        assertThat(EmojiCrossValidation.folds(examples, 5, 42).getFirst().heldOut())
                .isEqualTo(EmojiCrossValidation.folds(examples, 5, 42).getFirst().heldOut())
                .isNotEqualTo(EmojiCrossValidation.folds(examples, 5, 43).getFirst().heldOut());
    }

    @Test
    void heldOutAccuracyIsHighWhereTheVectorsCarryTheLabelAndNearChanceWhereTheyDoNot() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);
        List<EmojiCrossValidation.Split> cued = EmojiCrossValidation.run(AVERAGE, sentences(i -> i / PER_LABEL), vectors, 5,
                List.of(42L), quiet);
        Random random = new Random(3);
        List<EmojiCrossValidation.Split> shuffled = EmojiCrossValidation.run(AVERAGE, sentences(i -> random.nextInt(5)), vectors, 5,
                List.of(42L), quiet);

        assertThat(cued.getFirst().sentences()).isEqualTo(5 * PER_LABEL);
        assertThat(cued.getFirst().accuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(shuffled.getFirst().accuracy()).isLessThanOrEqualTo(0.5);
    }

    /** Sentence i: "cue{i} the day", labelled by {@code label}. */
    private static List<EmojiData.Example> sentences(IntUnaryOperator label) {
        List<EmojiData.Example> out = new ArrayList<>();
        for (int i = 0; i < 5 * PER_LABEL; i++) {
            out.add(new EmojiData.Example("cue" + i + " the day", label.applyAsInt(i)));
        }
        return out;
    }

    /** cue{i} lies near axis i / PER_LABEL; "the" and "day" are noise shared by every sentence. */
    private static WordVectors cueVectors() {
        int dims = 100;
        Random random = new Random(5);
        List<String> words = new ArrayList<>(List.of("the", "day"));
        for (int i = 0; i < 5 * PER_LABEL; i++) {
            words.add("cue" + i);
        }
        float[] raw = new float[words.size() * dims];
        for (int w = 0; w < words.size(); w++) {
            for (int d = 0; d < dims; d++) {
                raw[w * dims + d] = (float) (0.3 * random.nextGaussian());
            }
            if (w >= 2) {
                raw[w * dims + (w - 2) / PER_LABEL] += 3;
            }
        }
        return new WordVectors(words.toArray(String[]::new), raw, dims);
    }
}
