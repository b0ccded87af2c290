package seqstream.music;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelBundleException;
import seqstream.inference.ModelManifest;
import seqstream.inference.OnnxModel;

/**
 * Improvises solos with the jazz bundle's step graph, every solo of a batch together: each step is one
 * inference call for all of them. Each solo's randomness comes from its own seed only (its start in the
 * chord progression, then each sampled value), so a seed gives the same music whatever else is in the batch.
 *
 * <p>Silence is kept short by the sampler, not left to chance: a rest that would make the current silence
 * longer than {@link #MAX_SILENCE_SECONDS} at the solo's tempo is not sampled (the others are renormalized).
 */
public final class JazzSampler implements AutoCloseable {
    public static final String MODEL_NAME = "jazz";
    /** Step graph inputs: the value just played ([batch] int64; {@link MusicValue#START} at first), ... */
    public static final String VALUE = "value";
    /** ... the LSTM state ([batch, hidden] float) and the temperature ([batch, 1]). */
    public static final String HIDDEN = "h";
    public static final String CELL = "c";
    public static final String TEMPERATURE = "temperature";
    /** Step graph outputs: next-value probabilities [batch, values] and the new state. */
    public static final String PROBABILITIES = "probabilities";
    public static final String HIDDEN_OUT = "h_out";
    public static final String CELL_OUT = "c_out";
    /** The longest silence a solo may have: under the 2 s a listener hears as the music stopping. */
    public static final double MAX_SILENCE_SECONDS = 1.5;
    /** model.json: the chord progression solos are played over, as {@link ChordProgression#toLines()}. */
    public static final String PROGRESSION = "progression";

    private final OnnxModel model;
    private final ChordProgression progression;
    private final int hidden;

    public JazzSampler(OnnxModel model, ChordProgression progression, int hidden) {
        this.model = model;
        this.progression = progression;
        this.hidden = hidden;
    }

    public static JazzSampler load(Path bundleDirectory, InferenceOptions options, MeterRegistry registry) {
        ModelBundle bundle = ModelBundle.load(bundleDirectory, MODEL_NAME);
        ModelManifest manifest = bundle.manifest();
        if (manifest.vocabulary("output").size() != MusicValue.COUNT) {
            throw new ModelBundleException("jazz bundle: its vocabulary has " + manifest.vocabulary("output").size()
                    + " values; this build's has " + MusicValue.COUNT);
        }
        if (!(manifest.preprocessing().get(PROGRESSION) instanceof List<?> lines) || lines.isEmpty()) {
            throw new ModelBundleException("jazz bundle: model.json has no preprocessing." + PROGRESSION);
        }
        ChordProgression progression;
        try {
            progression = ChordProgression.parse(lines.stream().map(String::valueOf).toList());
        } catch (IllegalArgumentException e) {
            throw new ModelBundleException("jazz bundle: bad chord progression: " + e.getMessage());
        }
        OnnxModel model = OnnxModel.open(bundle.graph("step"), MODEL_NAME, options, registry);
        return new JazzSampler(model, progression, manifest.intParameter("hiddenSize"));
    }

    public ChordProgression progression() {
        return progression;
    }

    /** One solo per spec, in order. */
    public List<Solo> improvise(List<SoloSpec> specs) {
        List<Row> rows = new ArrayList<>();
        for (SoloSpec spec : specs) {
            SplittableRandom random = new SplittableRandom(spec.seed());
            long start = (long) random.nextInt(progression.bars()) * ChordProgression.BAR;
            rows.add(new Row(spec, new Realizer(progression, start), start, random));
        }
        run(rows);
        return rows.stream().map(row -> new Solo(row.notes, progression, row.start, row.spec.sixteenths(), row.spec.tempoBpm())).toList();
    }

    /** One solo being played. */
    private static final class Row {
        final SoloSpec spec;
        final Realizer realizer;
        final long start;
        final SplittableRandom random;
        final List<Note> notes = new ArrayList<>();
        final int maxRest;
        int silence; // sixteenths of rest since the last note
        int next = MusicValue.START;

        Row(SoloSpec spec, Realizer realizer, long start, SplittableRandom random) {
            this.spec = spec;
            this.realizer = realizer;
            this.start = start;
            this.random = random;
            this.maxRest = (int) Math.floor(MAX_SILENCE_SECONDS / Solo.secondsPerSixteenth(spec.tempoBpm()));
        }

        boolean done() {
            return realizer.time() - start >= spec.sixteenths();
        }
    }

    private void run(List<Row> rows) {
        float[] temperatures = new float[rows.size()];
        for (int b = 0; b < rows.size(); b++) {
            temperatures[b] = (float) rows.get(b).spec.temperature();
        }
        State state = new State(rows.size(), hidden, temperatures);
        while (rows.stream().anyMatch(r -> !r.done())) {
            long[] values = rows.stream().mapToLong(row -> row.next).toArray();
            float[][] probabilities = step(values, state);
            for (int b = 0; b < rows.size(); b++) {
                play(rows.get(b), probabilities[b]);
            }
        }
    }

    /**
     * The model's next-value probabilities (temperature 1) after each context, all contexts the same length:
     * what training measures the graph by (held-out likelihood, parity with the training framework).
     */
    public float[][] probabilitiesAfter(List<int[]> contexts) {
        float[] ones = new float[contexts.size()];
        java.util.Arrays.fill(ones, 1);
        State state = new State(contexts.size(), hidden, ones);
        float[][] probabilities = null;
        for (int t = 0; t < contexts.getFirst().length; t++) {
            int step = t;
            probabilities = step(contexts.stream().mapToLong(context -> context[step]).toArray(), state);
        }
        return probabilities;
    }

    /** The LSTM state of every row of a batch, and each row's temperature. */
    private static final class State {
        final int batch;
        float[] h;
        float[] c;
        final float[] temperatures;

        State(int batch, int hidden, float[] temperatures) {
            this.batch = batch;
            this.h = new float[batch * hidden];
            this.c = new float[batch * hidden];
            this.temperatures = temperatures;
        }
    }

    /** One inference call: every row's next-value probabilities; the state moves on. */
    private float[][] step(long[] values, State state) {
        var env = OnnxModel.environment();
        int batch = state.batch;
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(VALUE, OnnxTensor.createTensor(env, LongBuffer.wrap(values), new long[] {batch}));
            inputs.put(HIDDEN, OnnxTensor.createTensor(env, FloatBuffer.wrap(state.h), new long[] {batch, hidden}));
            inputs.put(CELL, OnnxTensor.createTensor(env, FloatBuffer.wrap(state.c), new long[] {batch, hidden}));
            inputs.put(TEMPERATURE, OnnxTensor.createTensor(env, FloatBuffer.wrap(state.temperatures), new long[] {batch, 1}));
            try (OrtSession.Result result = model.run(inputs, batch)) {
                state.h = OnnxModel.flatten((float[][]) result.get(HIDDEN_OUT).orElseThrow().getValue());
                state.c = OnnxModel.flatten((float[][]) result.get(CELL_OUT).orElseThrow().getValue());
                return (float[][]) result.get(PROBABILITIES).orElseThrow().getValue();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("jazz step graph failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Samples the row's next value (rests that would stretch the silence too far left out) and plays it. */
    private static void play(Row row, float[] probabilities) {
        if (row.done()) {
            return;
        }
        double total = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (allowed(row, i)) {
                total += probabilities[i];
            }
        }
        double u = row.random.nextDouble() * total;
        int sampled = -1;
        for (int i = 0; i < probabilities.length && sampled < 0; i++) {
            if (allowed(row, i)) {
                u -= probabilities[i];
                sampled = u < 0 ? i : -1;
            }
        }
        if (sampled < 0) { // rounding left u a hair above zero: take the last allowed value
            sampled = probabilities.length - 1;
        }
        MusicValue value = MusicValue.of(sampled);
        Note note = row.realizer.next(value);
        row.silence = note == null ? row.silence + value.sixteenths() : 0;
        if (note != null) {
            long end = row.start + row.spec.sixteenths();
            int length = (int) Math.min(note.length(), end - note.start()); // the last note stops with the solo
            row.notes.add(new Note(note.start() - row.start, length, note.pitch()));
        }
        row.next = sampled;
    }

    private static boolean allowed(Row row, int value) {
        MusicValue v = MusicValue.of(value);
        return !v.isRest() || row.silence + v.sixteenths() <= row.maxRest;
    }

    public String executionProvider() {
        return model.executionProvider();
    }

    @Override
    public void close() {
        model.close();
    }
}
