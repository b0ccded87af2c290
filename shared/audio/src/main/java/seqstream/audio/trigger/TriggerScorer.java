package seqstream.audio.trigger;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import seqstream.audio.LogMelFeatures;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.OnnxModel;

/**
 * Scores many streams incrementally with the trigger bundle's step graph: every stream with whole steps
 * waiting goes into one inference call (streams with fewer steps waiting hold the rest for the next call),
 * each carrying only its last 4 frames and its recurrent state from one call to the next.
 */
public final class TriggerScorer implements AutoCloseable {
    public static final String MODEL_NAME = "trigger";
    public static final String FRAMES = "frames";
    public static final String CONTEXT = "context";
    public static final String STATE = "state";
    public static final String SCORES = "scores";
    public static final String CONTEXT_OUT = "context_out";
    public static final String STATE_OUT = "state_out";
    public static final int FRAMES_PER_STEP = 4;
    public static final int CONTEXT_FRAMES = 4;
    public static final int HIDDEN = 64;

    private final OnnxModel model;
    private final double threshold;

    public TriggerScorer(OnnxModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    public static TriggerScorer load(Path bundleDirectory, InferenceOptions options, MeterRegistry registry) {
        ModelBundle bundle = ModelBundle.load(bundleDirectory, MODEL_NAME);
        Object threshold = bundle.manifest().preprocessing().get("threshold");
        return new TriggerScorer(OnnxModel.open(bundle.graph("step"), MODEL_NAME, options, registry),
                threshold instanceof Number n ? n.doubleValue() : 0.5);
    }

    /** The detection threshold chosen on validation data when the model was trained. */
    public double threshold() {
        return threshold;
    }

    /** Scores every whole step waiting in these streams; returns each stream's new scores, in order. */
    public List<float[]> score(List<AudioStream> streams) {
        List<List<Float>> scores = new ArrayList<>();
        streams.forEach(s -> scores.add(new ArrayList<>()));
        while (true) {
            List<Integer> active = new ArrayList<>();
            int steps = Integer.MAX_VALUE;
            for (int i = 0; i < streams.size(); i++) {
                int ready = streams.get(i).stepsReady();
                if (ready > 0) {
                    active.add(i);
                    steps = Math.min(steps, ready);
                }
            }
            if (active.isEmpty()) {
                break;
            }
            run(streams, active, steps, scores);
        }
        List<float[]> out = new ArrayList<>(streams.size());
        for (List<Float> list : scores) {
            float[] array = new float[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
            }
            out.add(array);
        }
        return out;
    }

    private void run(List<AudioStream> streams, List<Integer> active, int steps, List<List<Float>> scores) {
        int batch = active.size();
        int bands = LogMelFeatures.BANDS;
        int frameCount = steps * FRAMES_PER_STEP;
        float[] frames = new float[batch * frameCount * bands];
        float[] context = new float[batch * CONTEXT_FRAMES * bands];
        float[] state = new float[batch * HIDDEN];
        for (int b = 0; b < batch; b++) {
            AudioStream stream = streams.get(active.get(b));
            for (int f = 0; f < frameCount; f++) {
                System.arraycopy(stream.pendingFrames.get(f), 0, frames, (b * frameCount + f) * bands, bands);
            }
            System.arraycopy(stream.context, 0, context, b * CONTEXT_FRAMES * bands, CONTEXT_FRAMES * bands);
            System.arraycopy(stream.state, 0, state, b * HIDDEN, HIDDEN);
        }
        var env = OnnxModel.environment();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(FRAMES, OnnxTensor.createTensor(env, FloatBuffer.wrap(frames), new long[] {batch, frameCount, bands}));
            inputs.put(CONTEXT, OnnxTensor.createTensor(env, FloatBuffer.wrap(context), new long[] {batch, CONTEXT_FRAMES, bands}));
            inputs.put(STATE, OnnxTensor.createTensor(env, FloatBuffer.wrap(state), new long[] {batch, HIDDEN}));
            try (OrtSession.Result result = model.run(inputs, batch)) {
                float[][] stepScores = (float[][]) result.get(SCORES).orElseThrow().getValue();
                float[][] newState = (float[][]) result.get(STATE_OUT).orElseThrow().getValue();
                float[][][] newContext = (float[][][]) result.get(CONTEXT_OUT).orElseThrow().getValue();
                for (int b = 0; b < batch; b++) {
                    AudioStream stream = streams.get(active.get(b));
                    for (float s : stepScores[b]) {
                        scores.get(active.get(b)).add(s);
                    }
                    System.arraycopy(newState[b], 0, stream.state, 0, HIDDEN);
                    for (int f = 0; f < CONTEXT_FRAMES; f++) {
                        System.arraycopy(newContext[b][f], 0, stream.context, f * bands, bands);
                    }
                    stream.pendingFrames.subList(0, frameCount).clear();
                    stream.stepsScored += steps;
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("trigger step graph failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Seconds from the start of the stream to the end of what step {@code step} has heard. */
    public static double stepEndSeconds(long step) {
        return (LogMelFeatures.HOP * (FRAMES_PER_STEP * step + FRAMES_PER_STEP + CONTEXT_FRAMES - 1)
                + LogMelFeatures.WINDOW) / 16_000.0;
    }

    public String executionProvider() {
        return model.executionProvider();
    }

    @Override
    public void close() {
        model.close();
    }
}
