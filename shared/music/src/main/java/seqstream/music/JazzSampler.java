package seqstream.music;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelBundleException;
import seqstream.inference.ModelManifest;
import seqstream.inference.OnnxModel;
import seqstream.inference.StepGraph;

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
    /** The step graph's token input: the value just played ([batch] int64; {@link MusicValue#START} at first). */
    public static final String VALUE = "value";
    /** The longest silence a solo may have: under the 2 s a listener hears as the music stopping. */
    public static final double MAX_SILENCE_SECONDS = 1.5;
    /** model.json: the chord progression solos are played over, as {@link ChordProgression#toLines()}. */
    public static final String PROGRESSION = "progression";

    private final StepGraph graph;
    private final ChordProgression progression;

    public JazzSampler(StepGraph graph, ChordProgression progression) {
        this.graph = graph;
        this.progression = progression;
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
        return new JazzSampler(new StepGraph(model, VALUE, manifest.intParameter("hiddenSize"), true), progression);
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
        StepGraph.State state = graph.start(temperatures);
        while (rows.stream().anyMatch(r -> !r.done())) {
            float[][] probabilities = graph.step(rows.stream().mapToLong(row -> row.next).toArray(), state);
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
        StepGraph.State state = graph.start(ones);
        float[][] probabilities = null;
        for (int t = 0; t < contexts.getFirst().length; t++) {
            int step = t;
            probabilities = graph.step(contexts.stream().mapToLong(context -> context[step]).toArray(), state);
        }
        return probabilities;
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
        float[] allowed = new float[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            allowed[i] = allowed(row, i) ? (float) (probabilities[i] / total) : 0;
        }
        int sampled = StepGraph.sample(allowed, row.random.nextDouble());
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

    /** Notes always; a rest (the first indices, one per length) only while the silence stays short enough. */
    private static boolean allowed(Row row, int value) {
        return value >= MusicValue.LENGTHS.length || row.silence + MusicValue.LENGTHS[value] <= row.maxRest;
    }

    public String executionProvider() {
        return graph.executionProvider();
    }

    @Override
    public void close() {
        graph.close();
    }
}
