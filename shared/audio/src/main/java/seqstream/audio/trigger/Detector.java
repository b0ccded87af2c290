package seqstream.audio.trigger;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a stream's scores into detections: a score at or above the threshold fires, then the detector
 * stays quiet for a refractory period so one word fires once. A detection is reported at the end of the
 * step that fired: just after the word ended.
 */
public final class Detector {
    public static final double REFRACTORY_SECONDS = 1.0;

    private final double threshold;
    private double quietUntil = -1;

    public Detector(double threshold) {
        this.threshold = threshold;
    }

    /** One detection: seconds from stream start, and the score that fired. */
    public record Detection(double seconds, float score) {
    }

    /** Scores for steps {@code firstStep}, {@code firstStep + 1}, ... in order. */
    public List<Detection> accept(long firstStep, float[] scores) {
        List<Detection> detections = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            double seconds = TriggerScorer.stepEndSeconds(firstStep + i);
            if (scores[i] >= threshold && seconds >= quietUntil) {
                detections.add(new Detection(seconds, scores[i]));
                quietUntil = seconds + REFRACTORY_SECONDS;
            }
        }
        return detections;
    }
}
