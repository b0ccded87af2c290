package seqstream.audio.trigger;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import seqstream.audio.Audio;
import seqstream.audio.LogMelFeatures;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelBundleException;
import seqstream.inference.OnnxModel;

/**
 * Scores many streams incrementally with the trigger bundle's step graph: every stream with whole steps
 * waiting goes into one inference call, however many steps each has waiting, each carrying only its last
 * 4 frames and its recurrent state from one call to the next.
 */
public final class TriggerScorer implements AutoCloseable {
    public static final String MODEL_NAME = "trigger";
    public static final String FRAMES = "frames";
    public static final String CONTEXT = "context";
    public static final String STATE = "state";
    /** How many of the steps in {@link #FRAMES} are each stream's own (the rest is padding). */
    public static final String STEPS = "steps";
    public static final String SCORES = "scores";
    public static final String CONTEXT_OUT = "context_out";
    public static final String STATE_OUT = "state_out";
    public static final int FRAMES_PER_STEP = 4;
    public static final int CONTEXT_FRAMES = 4;
    /** At most 10 s of audio per stream in one call, which bounds a call's memory whatever a chunk holds. */
    public static final int MAX_STEPS_PER_CALL = 250;

    private final OnnxModel model;
    private final double threshold;
    private final int hidden;
    private final String modelId;

    private TriggerScorer(OnnxModel model, double threshold, int hidden, String modelId) {
        this.model = model;
        this.threshold = threshold;
        this.hidden = hidden;
        this.modelId = modelId;
    }

    public static TriggerScorer load(Path bundleDirectory, InferenceOptions options, MeterRegistry registry) {
        ModelBundle bundle = ModelBundle.load(bundleDirectory, MODEL_NAME);
        Object threshold = bundle.manifest().preprocessing().get("threshold");
        if (!(threshold instanceof Number number) || number.doubleValue() <= 0 || number.doubleValue() >= 1) {
            throw new ModelBundleException("model.json of '" + MODEL_NAME + "' needs preprocessing.threshold between 0 and 1, got "
                    + threshold);
        }
        if (!(bundle.manifest().preprocessing().get("hiddenSize") instanceof Number hidden) || hidden.intValue() <= 0) {
            throw new ModelBundleException("model.json of '" + MODEL_NAME + "' needs preprocessing.hiddenSize, the GRU state size");
        }
        Path graph = bundle.graph("step");
        return new TriggerScorer(OnnxModel.open(graph, MODEL_NAME, options, registry), number.doubleValue(), hidden.intValue(),
                MODEL_NAME + "@" + fingerprint(graph));
    }

    /** The first 12 hex digits of the graph's SHA-256: which model, exactly, made a detection. */
    private static String fingerprint(Path graph) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(graph)), 0, 6);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new ModelBundleException("cannot read " + graph + ": " + e.getMessage());
        }
    }

    /** The bundle's name and fingerprint, as in "trigger@3f09a1c2be77". */
    public String modelId() {
        return modelId;
    }

    /** The detection threshold chosen on validation data when the model was trained. */
    public double threshold() {
        return threshold;
    }

    /**
     * Scores every whole step waiting in these streams, all in one inference call (a stream with more than
     * {@value #MAX_STEPS_PER_CALL} steps waiting takes further calls for the rest); returns each stream's
     * new scores, in order.
     */
    public List<float[]> score(List<AudioStream> streams) {
        List<float[]> scores = new ArrayList<>(streams.size());
        streams.forEach(s -> scores.add(new float[0]));
        while (true) {
            List<Integer> active = new ArrayList<>();
            for (int i = 0; i < streams.size(); i++) {
                if (streams.get(i).stepsReady() > 0) {
                    active.add(i);
                }
            }
            if (active.isEmpty()) {
                return scores;
            }
            run(streams, active, scores);
        }
    }

    private void run(List<AudioStream> streams, List<Integer> active, List<float[]> scores) {
        int batch = active.size();
        int bands = LogMelFeatures.BANDS;
        int[] steps = new int[batch];
        int longest = 0;
        for (int b = 0; b < batch; b++) {
            steps[b] = Math.min(MAX_STEPS_PER_CALL, streams.get(active.get(b)).stepsReady());
            longest = Math.max(longest, steps[b]);
        }
        int frameCount = longest * FRAMES_PER_STEP;
        float[] frames = new float[batch * frameCount * bands]; // shorter streams padded with zeros
        float[] context = new float[batch * CONTEXT_FRAMES * bands];
        float[] state = new float[batch * hidden];
        for (int b = 0; b < batch; b++) {
            AudioStream stream = streams.get(active.get(b));
            for (int f = 0; f < steps[b] * FRAMES_PER_STEP; f++) {
                System.arraycopy(stream.pendingFrames.get(f), 0, frames, (b * frameCount + f) * bands, bands);
            }
            System.arraycopy(stream.context, 0, context, b * CONTEXT_FRAMES * bands, CONTEXT_FRAMES * bands);
            if (stream.state != null) { // null: a stream's first call starts from zeros
                System.arraycopy(stream.state, 0, state, b * hidden, hidden);
            }
        }
        var env = OnnxModel.environment();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(FRAMES, OnnxTensor.createTensor(env, FloatBuffer.wrap(frames), new long[] {batch, frameCount, bands}));
            inputs.put(CONTEXT, OnnxTensor.createTensor(env, FloatBuffer.wrap(context), new long[] {batch, CONTEXT_FRAMES, bands}));
            inputs.put(STATE, OnnxTensor.createTensor(env, FloatBuffer.wrap(state), new long[] {batch, hidden}));
            inputs.put(STEPS, OnnxTensor.createTensor(env, IntBuffer.wrap(steps), new long[] {batch}));
            try (OrtSession.Result result = model.run(inputs, batch)) {
                float[][] stepScores = (float[][]) result.get(SCORES).orElseThrow().getValue();
                float[][] newState = (float[][]) result.get(STATE_OUT).orElseThrow().getValue();
                float[][][] newContext = (float[][][]) result.get(CONTEXT_OUT).orElseThrow().getValue();
                for (int b = 0; b < batch; b++) {
                    int i = active.get(b);
                    AudioStream stream = streams.get(i);
                    float[] before = scores.get(i);
                    float[] after = Arrays.copyOf(before, before.length + steps[b]);
                    System.arraycopy(stepScores[b], 0, after, before.length, steps[b]);
                    scores.set(i, after);
                    stream.state = newState[b];
                    for (int f = 0; f < CONTEXT_FRAMES; f++) {
                        System.arraycopy(newContext[b][f], 0, stream.context, f * bands, bands);
                    }
                    stream.pendingFrames.subList(0, steps[b] * FRAMES_PER_STEP).clear();
                    stream.stepsScored += steps[b];
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("trigger step graph failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Every detection in a whole recording, fed as one stream. */
    public List<Detector.Detection> detections(Audio audio) {
        AudioStream stream = new AudioStream(audio.sampleRate());
        stream.accept(audio.samples());
        return new Detector(threshold).accept(0, score(List.of(stream)).getFirst());
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
