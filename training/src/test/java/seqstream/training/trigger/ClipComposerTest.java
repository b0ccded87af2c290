package seqstream.training.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import seqstream.audio.LogMelFeatures;

class ClipComposerTest {

    private static float[] tone(int length, double level) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = (float) (level * Math.sin(i * 0.3));
        }
        return x;
    }

    /** A clip's length of noise uniform in [-amplitude, amplitude). */
    private static float[] whiteNoise(long seed, double amplitude) {
        SplittableRandom noise = new SplittableRandom(seed);
        float[] x = new float[ClipComposer.CLIP_SAMPLES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) noise.nextDouble(-amplitude, amplitude);
        }
        return x;
    }

    @Test
    void insertsWordsWithoutOverlapAndLabelsHalfASecondAfterEachActivate() {
        SplittableRandom random = new SplittableRandom(1);
        float[] background = new float[ClipComposer.CLIP_SAMPLES + 16_000];
        List<LabeledClip> clips = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clips.add(ClipComposer.compose(random, background, List.of(tone(11_000, 0.4)),
                    List.of(new OtherWord("tone", tone(9_000, 0.4))), 4, 2));
        }
        assertThat(clips).allMatch(c -> c.audio().length == ClipComposer.CLIP_SAMPLES);
        assertThat(clips).anyMatch(c -> c.activateEnds().size() >= 3);
        for (LabeledClip clip : clips) {
            List<Integer> ends = clip.activateEnds();
            for (int k = 1; k < ends.size(); k++) {
                assertThat(ends.get(k) - ends.get(k - 1)).as("no overlap").isGreaterThanOrEqualTo(11_000);
            }
        }

        TriggerExamples examples = TriggerExamples.of(clips);
        assertThat(examples.frames()).isEqualTo(998);
        assertThat(examples.steps()).isEqualTo(248);
        for (int c = 0; c < clips.size(); c++) {
            int positives = 0;
            for (int s = 0; s < examples.steps(); s++) {
                if (examples.labels()[c * examples.steps() + s] == 1) {
                    positives++;
                    long end = TriggerExamples.stepEndSample(s);
                    assertThat(clips.get(c).activateEnds()).anyMatch(e -> end > e && end <= e + 8_000);
                }
            }
            // 0.5 s is 12 or 13 steps of 40 ms, fewer when a word ends near the end of the clip.
            assertThat(positives).isLessThanOrEqualTo(13 * clips.get(c).activateEnds().size());
        }
    }

    @Test
    void theStepsThatHearAnotherWordWeighMoreInTheLoss() {
        SplittableRandom random = new SplittableRandom(2);
        float[] background = new float[ClipComposer.CLIP_SAMPLES];
        List<LabeledClip> clips = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            clips.add(ClipComposer.compose(random, background, List.of(tone(11_000, 0.4)),
                    List.of(new OtherWord("tone", tone(9_000, 0.4))), 2, 3));
        }
        assertThat(clips).anyMatch(c -> c.negatives().size() >= 2);
        TriggerExamples examples = TriggerExamples.of(clips);
        for (int c = 0; c < clips.size(); c++) {
            LabeledClip clip = clips.get(c);
            for (LabeledClip.Negative other : clip.negatives()) {
                assertThat(other.end() - other.start()).isEqualTo(9_000);
                assertThat(other.word()).isEqualTo("tone");
                assertThat(clip.activateEnds()).noneMatch(end -> end > other.start() && end - 11_000 < other.end());
            }
            for (int s = 0; s < examples.steps(); s++) {
                long end = TriggerExamples.stepEndSample(s);
                boolean hearsNegative = clip.negatives().stream().anyMatch(n -> end > n.start() && end <= n.end() + 8_000);
                assertThat(examples.weights()[c * examples.steps() + s])
                        .isEqualTo(hearsNegative ? TriggerExamples.NEGATIVE_WORD_WEIGHT : 1f);
            }
        }
    }

    @Test
    void eachActivateKnowsHowLoudItIsAgainstTheBackgroundUnderIt() {
        // White noise of a known power; each tone's power is measured in the clip itself, where the noise under it
        // is known only in power: the composer's figure must agree with that measurement.
        float[] background = whiteNoise(6, 0.1);
        SplittableRandom random = new SplittableRandom(7);
        int checked = 0;
        for (int i = 0; i < 20; i++) {
            LabeledClip clip = ClipComposer.compose(random, background, List.of(tone(11_000, 0.4)), List.of(), 3, 0);
            double backgroundPower = backgroundPower(clip, 11_000);
            for (LabeledClip.Activate activate : clip.activates()) {
                double mixed = power(clip.audio(), activate.end() - 11_000, activate.end());
                double measured = 10 * Math.log10((mixed - backgroundPower) / backgroundPower);
                assertThat(activate.snrDb()).isCloseTo(measured, within(0.5));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    private static double power(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return sum / (to - from);
    }

    /** Mean square of the clip where none of its activates (each {@code length} long) is. */
    private static double backgroundPower(LabeledClip clip, int length) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < clip.audio().length; i++) {
            int at = i;
            if (clip.activateEnds().stream().noneMatch(end -> at >= end - length && at < end)) {
                sum += (double) clip.audio()[i] * clip.audio()[i];
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void aboutHalfTheTrainingClipsAreHeardThroughAWarpedFrontEndWithTheSameLabels() {
        float[] background = whiteNoise(4, 0.05);
        TriggerCorpus corpus = new TriggerCorpus(List.of(tone(11_000, 0.4)), List.of(new OtherWord("tone", tone(9_000, 0.4))),
                List.of(background));
        TriggerExamples training = TriggerExamples.compose(corpus, 40, 5, 3, 2);
        TriggerExamples served = TriggerExamples.of(TriggerExamples.composeClips(corpus, 40, 5, 3, 2));

        assertThat(training.labels()).containsExactly(served.labels());
        assertThat(training.weights()).containsExactly(served.weights());
        int clipSize = training.frames() * LogMelFeatures.BANDS;
        int warped = 0;
        for (int c = 0; c < 40; c++) {
            if (!Arrays.equals(training.features(), c * clipSize, (c + 1) * clipSize, served.features(), c * clipSize, (c + 1) * clipSize)) {
                warped++;
            }
        }
        assertThat(warped).isBetween(10, 30);
    }
}
