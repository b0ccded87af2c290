package seqstream.audio.trigger;

import java.util.ArrayList;
import java.util.List;
import seqstream.audio.Audio;
import seqstream.audio.LogMelFeatures;
import seqstream.audio.Resampler;

/**
 * One stream's state between chunks: its resampler and {@link TriggerFrontEnd}, the feature frames not yet
 * scored, the model's convolution context (the last 4 frames) and recurrent state, and how many steps it
 * has scored. The first 4 frames only fill the context, so step j hears frames 4j to 4j+7, exactly as the
 * whole-clip model does.
 */
public final class AudioStream {
    private final Resampler resampler;
    private final TriggerFrontEnd features = new TriggerFrontEnd();
    final List<float[]> pendingFrames = new ArrayList<>();
    final float[] context = new float[TriggerScorer.CONTEXT_FRAMES * LogMelFeatures.BANDS];
    /** The GRU state after the last step scored; null before the first. */
    float[] state;
    private int contextFrames;
    long stepsScored;

    public AudioStream(int sampleRate) {
        this.resampler = sampleRate == Audio.MODEL_RATE ? null : new Resampler(sampleRate, Audio.MODEL_RATE);
    }

    /** Adds audio at the stream's own rate; its frames wait here until they are scored. */
    public void accept(float[] samples) {
        float[] at16k = resampler == null ? samples : resampler.process(samples);
        for (float[] frame : features.process(at16k)) {
            if (contextFrames < TriggerScorer.CONTEXT_FRAMES) {
                System.arraycopy(frame, 0, context, contextFrames * LogMelFeatures.BANDS, LogMelFeatures.BANDS);
                contextFrames++;
            } else {
                pendingFrames.add(frame);
            }
        }
    }

    /** Whole steps waiting to be scored. */
    public int stepsReady() {
        return pendingFrames.size() / TriggerScorer.FRAMES_PER_STEP;
    }

    public long stepsScored() {
        return stepsScored;
    }
}
