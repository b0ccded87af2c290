package seqstream.training.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import seqstream.audio.trigger.Detector;

class TriggerEvaluationTest {

    @Test
    void aDetectionFromAQuarterSecondBeforeTheEndToASecondAfterFindsTheWordAnyOtherIsAFalseAlarm() {
        LabeledClip clip = new LabeledClip(new float[160_000], List.of(48_000, 128_000), List.of()); // ends at 3 s and 8 s
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
        LabeledClip clip = new LabeledClip(new float[160_000], List.of(128_000),
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
