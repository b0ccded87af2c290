package seqstream.text.names;

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
import seqstream.inference.OnnxModel;
import seqstream.text.CharVocabulary;

/**
 * Samples names from the names bundle's step graph, every name of every spec in one batch: each step is
 * one inference call for all of them. Each name has its own random stream, split in order from its spec's
 * seed, so the names a spec gets do not depend on what else is in the batch.
 */
public final class NameSampler implements AutoCloseable {
    public static final String MODEL_NAME = "names";
    /** Step graph inputs: the character just read ([batch] int64; the vocabulary size means "start"), ... */
    public static final String CHAR = "char";
    /** ... the state ([batch, hidden] float; for an LSTM also {@link #CELL}) and the temperature ([batch, 1]). */
    public static final String HIDDEN = "h";
    public static final String CELL = "c";
    public static final String TEMPERATURE = "temperature";
    /** Step graph outputs: next-character probabilities [batch, vocabulary] and the new state. */
    public static final String PROBABILITIES = "probabilities";
    public static final String HIDDEN_OUT = "h_out";
    public static final String CELL_OUT = "c_out";

    private final OnnxModel model;
    private final CharVocabulary vocabulary;
    private final int hidden;
    private final boolean hasCell;

    public NameSampler(OnnxModel model, CharVocabulary vocabulary, int hidden, boolean hasCell) {
        this.model = model;
        this.vocabulary = vocabulary;
        this.hidden = hidden;
        this.hasCell = hasCell;
    }

    public static NameSampler load(Path bundleDirectory, InferenceOptions options, MeterRegistry registry) {
        ModelBundle bundle = ModelBundle.load(bundleDirectory, MODEL_NAME);
        var manifest = bundle.manifest();
        CharVocabulary vocabulary = new CharVocabulary(manifest.vocabulary("output"));
        if (!vocabulary.symbol(0).equals(NameText.END)) {
            throw new ModelBundleException("names bundle: the first symbol must be the end of a name");
        }
        OnnxModel model = OnnxModel.open(bundle.graph("step"), MODEL_NAME, options, registry);
        return new NameSampler(model, vocabulary, manifest.intParameter("hiddenSize"),
                manifest.intParameter("hasCellState") == 1);
    }

    /** True when every letter of the prefix is one the model writes. */
    public boolean canWrite(String prefix) {
        String normalized = NameText.normalize(prefix);
        return normalized.chars().allMatch(c -> c != '\n' && vocabulary.symbols().contains(String.valueOf((char) c)));
    }

    /** The names of each spec, in order, capitalized. */
    public List<List<String>> sample(List<NameSpec> specs) {
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < specs.size(); s++) {
            NameSpec spec = specs.get(s);
            SplittableRandom seeds = new SplittableRandom(spec.seed());
            for (int k = 0; k < spec.count(); k++) {
                rows.add(new Row(s, NameText.normalize(spec.prefix()), spec.temperature(), seeds.split()));
            }
        }
        run(rows);
        List<List<String>> names = new ArrayList<>();
        specs.forEach(spec -> names.add(new ArrayList<>(spec.count())));
        rows.forEach(row -> names.get(row.spec).add(NameText.capitalize(row.name.toString())));
        return names;
    }

    /** One name being written. */
    private static final class Row {
        final int spec;
        final String prefix;
        final float temperature;
        final SplittableRandom random;
        final StringBuilder name = new StringBuilder();
        int next; // the index fed at the next step
        boolean done;

        Row(int spec, String prefix, double temperature, SplittableRandom random) {
            this.spec = spec;
            this.prefix = prefix;
            this.temperature = (float) temperature;
            this.random = random;
        }
    }

    private void run(List<Row> rows) {
        int batch = rows.size();
        if (batch == 0) {
            return;
        }
        int start = vocabulary.size();
        rows.forEach(row -> row.next = start);
        float[] h = new float[batch * hidden];
        float[] c = new float[batch * hidden];
        float[] temperatures = new float[batch];
        for (int b = 0; b < batch; b++) {
            temperatures[b] = rows.get(b).temperature;
        }
        var env = OnnxModel.environment();
        for (int step = 0; step <= NameText.MAX_LENGTH && rows.stream().anyMatch(r -> !r.done); step++) {
            long[] chars = new long[batch];
            for (int b = 0; b < batch; b++) {
                chars[b] = rows.get(b).next;
            }
            Map<String, OnnxTensor> inputs = new HashMap<>();
            try {
                inputs.put(CHAR, OnnxTensor.createTensor(env, LongBuffer.wrap(chars), new long[] {batch}));
                inputs.put(HIDDEN, OnnxTensor.createTensor(env, FloatBuffer.wrap(h), new long[] {batch, hidden}));
                if (hasCell) {
                    inputs.put(CELL, OnnxTensor.createTensor(env, FloatBuffer.wrap(c), new long[] {batch, hidden}));
                }
                inputs.put(TEMPERATURE, OnnxTensor.createTensor(env, FloatBuffer.wrap(temperatures), new long[] {batch, 1}));
                try (OrtSession.Result result = model.run(inputs, batch)) {
                    float[][] probabilities = (float[][]) result.get(PROBABILITIES).orElseThrow().getValue();
                    h = OnnxModel.flatten((float[][]) result.get(HIDDEN_OUT).orElseThrow().getValue());
                    if (hasCell) {
                        c = OnnxModel.flatten((float[][]) result.get(CELL_OUT).orElseThrow().getValue());
                    }
                    for (int b = 0; b < batch; b++) {
                        advance(rows.get(b), probabilities[b], step);
                    }
                }
            } catch (OrtException e) {
                throw new IllegalStateException("names step graph failed: " + e.getMessage(), e);
            } finally {
                inputs.values().forEach(OnnxTensor::close);
            }
        }
    }

    /** Feeds the next prefix letter, or samples the next letter; the end symbol or the length limit finishes the name. */
    private void advance(Row row, float[] probabilities, int step) {
        if (row.done) {
            return;
        }
        if (step < row.prefix.length()) {
            char letter = row.prefix.charAt(step);
            row.name.append(letter);
            row.next = vocabulary.index(String.valueOf(letter));
            return;
        }
        int sampled = sample(probabilities, row.random.nextDouble());
        if (sampled == 0 || row.name.length() >= NameText.MAX_LENGTH) {
            row.done = true;
            return;
        }
        row.name.append(vocabulary.symbol(sampled));
        row.next = sampled;
    }

    private static int sample(float[] probabilities, double u) {
        double cumulative = 0;
        for (int i = 0; i < probabilities.length; i++) {
            cumulative += probabilities[i];
            if (u < cumulative) {
                return i;
            }
        }
        return probabilities.length - 1;
    }

    public String executionProvider() {
        return model.executionProvider();
    }

    @Override
    public void close() {
        model.close();
    }
}
