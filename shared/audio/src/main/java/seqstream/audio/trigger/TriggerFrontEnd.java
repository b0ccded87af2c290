package seqstream.audio.trigger;

import java.util.List;
import seqstream.audio.LogMelFeatures;

/**
 * What the trigger model hears, streaming: log-mel frames with each band's running mean taken away. The
 * mean is cumulative over the first {@value #SETTLE_FRAMES} frames, then an exponential average with a
 * time constant of {@value #SETTLE_FRAMES} frames (2 s). Steady noise (a fan, an engine, hum) and the
 * microphone's gain and colour move the mean, not the difference, so a word stands out against whatever
 * the background has been; the same audio gives the same frames however it is chunked.
 */
public final class TriggerFrontEnd {
    static final int SETTLE_FRAMES = 200;

    private final LogMelFeatures features;
    private final double[] mean = new double[LogMelFeatures.BANDS];
    private long frames;

    /** What the model hears when serving. */
    public TriggerFrontEnd() {
        this(1.0);
    }

    /** For training: the log-mel filters warped (see {@link LogMelFeatures#LogMelFeatures(double)}). */
    public TriggerFrontEnd(double warp) {
        features = new LogMelFeatures(warp);
    }

    /** The normalized frames these 16 kHz samples complete (perhaps none). */
    public List<float[]> process(float[] samples) {
        List<float[]> out = features.process(samples);
        for (float[] frame : out) {
            frames++;
            double rate = Math.max(1.0 / frames, 1.0 / SETTLE_FRAMES);
            for (int b = 0; b < frame.length; b++) {
                mean[b] += rate * (frame[b] - mean[b]);
                frame[b] = (float) (frame[b] - mean[b]);
            }
        }
        return out;
    }
}
