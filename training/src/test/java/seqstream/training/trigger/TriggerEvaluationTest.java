package seqstream.training.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import seqstream.audio.trigger.Detector;

class TriggerEvaluationTest {

    private static LabeledClip.Activate activate(int end) {
        return new LabeledClip.Activate(end, 10);
    }

    @Test
    void recallIsToldByHowLoudTheWordWasAgainstItsBackground() {
        // ends at 2, 4, 6, 8 and 9.5 s, at -3, 2, 12, 30 dB and over silence; the last three found
        LabeledClip clip = new LabeledClip(new float[160_000], List.of(new LabeledClip.Activate(32_000, -3),
                new LabeledClip.Activate(64_000, 2), new LabeledClip.Activate(96_000, 12), new LabeledClip.Activate(128_000, 30),
                new LabeledClip.Activate(152_000, Double.POSITIVE_INFINITY)), List.of());
        List<Detector.Detection> detections = List.of(new Detector.Detection(6.1, 0.9f), new Detector.Detection(8.1, 0.9f),
                new Detector.Detection(9.6, 0.9f));
        TriggerEvaluation.Report report = TriggerEvaluation.evaluate(List.of(clip), List.of(detections));

        assertThat(TriggerEvaluation.recallBySnr(report)).containsExactly(
                Map.entry("below 0 dB", Map.of("activates", 1, "recall", 0.0)),
                Map.entry("0 to 5 dB", Map.of("activates", 1, "recall", 0.0)),
                Map.entry("10 to 20 dB", Map.of("activates", 1, "recall", 1.0)),
                Map.entry("20 dB and above", Map.of("activates", 2, "recall", 1.0)));
    }

    @Test
    void aDetectionFromAQuarterSecondBeforeTheEndToASecondAfterFindsTheWordAnyOtherIsAFalseAlarm() {
        LabeledClip clip = new LabeledClip(new float[160_000], List.of(activate(48_000), activate(128_000)), List.of()); // ends at 3 s and 8 s
        List<Detector.Detection> detections = List.of(new Detector.Detection(2.80, 0.9f), // 0.2 s early: found
                new Detector.Detection(5.00, 0.9f), // nothing ended just before: false alarm
                new Detector.Detection(9.10, 0.9f)); // 1.1 s late: false alarm, the 8 s word missed
        TriggerEvaluation.Report report = TriggerEvaluation.evaluate(List.of(clip), List.of(detections));
        assertThat(report.activates()).isEqualTo(2);
        assertThat(report.found()).isEqualTo(1);
        assertThat(report.falseAlarms()).isEqualTo(2);
        assertThat(report.medianDelayMs()).isCloseTo(-200, within(1e-6));
    }

    @Test
    void aFalseAlarmIsToldByTheWordHeardLastWithinASecondBeforeItOrByNoWord() {
        // captivate 4.0-4.5 s, active 5.0-5.5 s, an activate ending at 8 s
        LabeledClip clip = new LabeledClip(new float[160_000], List.of(activate(128_000)),
                List.of(new LabeledClip.Negative(64_000, 72_000, "captivate"), new LabeledClip.Negative(80_000, 88_000, "active")));
        List<Detector.Detection> detections = List.of(new Detector.Detection(4.60, 0.9f), // after captivate
                new Detector.Detection(5.40, 0.9f), // within a second of captivate's end, but during active
                new Detector.Detection(6.40, 0.9f), // 0.9 s after active ended
                new Detector.Detection(7.00, 0.9f), // 1.5 s after active: no word
                new Detector.Detection(8.10, 0.9f)); // the activate: found, not a false alarm
        TriggerEvaluation.Report report = TriggerEvaluation.evaluate(List.of(clip), List.of(detections));

        assertThat(report.found()).isEqualTo(1);
        assertThat(TriggerEvaluation.falseAlarmsByWord(report, List.of(clip)))
                .containsExactly(Map.entry("active", 2), Map.entry("captivate", 1), Map.entry(TriggerEvaluation.NO_WORD, 1));
    }

    @Test
    void trimmingFindsTheWordNotTheNoiseAroundIt() {
        SplittableRandom random = new SplittableRandom(1);
        float[] x = new float[16_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.005 * random.nextGaussian()); // room noise, 3% of the word's level
            if (i >= 4_000 && i < 12_000) {
                x[i] += (float) (0.2 * Math.sin(2 * Math.PI * 300 * i / 16_000.0));
            }
        }
        float[] word = Sounds.trim(x);
        // The word is 0.5 s; trimming keeps 20 ms either side of the windows it is loud in.
        assertThat(word.length / 16_000.0).isCloseTo(0.54, within(0.011));
    }
}
