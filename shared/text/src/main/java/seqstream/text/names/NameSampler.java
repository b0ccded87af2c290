package seqstream.text.names;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelBundleException;
import seqstream.inference.OnnxModel;
import seqstream.inference.StepGraph;
import seqstream.text.CharVocabulary;

/**
 * Samples names from the names bundle's step graph, every name of every spec in one batch: each step is
 * one inference call for all of them. Each name has its own random stream, split in order from its spec's
 * seed, so the names a spec gets do not depend on what else is in the batch.
 */
public final class NameSampler implements AutoCloseable {
    public static final String MODEL_NAME = "names";
    /** The step graph's token input: the character just read ([batch] int64; the vocabulary size means "start"). */
    public static final String CHAR = "char";

    private final StepGraph graph;
    private final CharVocabulary vocabulary;

    public NameSampler(StepGraph graph, CharVocabulary vocabulary) {
        this.graph = graph;
        this.vocabulary = vocabulary;
    }

    public static NameSampler load(Path bundleDirectory, InferenceOptions options, MeterRegistry registry) {
        ModelBundle bundle = ModelBundle.load(bundleDirectory, MODEL_NAME);
        var manifest = bundle.manifest();
        CharVocabulary vocabulary = new CharVocabulary(manifest.vocabulary("output"));
        if (!vocabulary.symbol(0).equals(NameText.END)) {
            throw new ModelBundleException("names bundle: the first symbol must be the end of a name");
        }
        OnnxModel model = OnnxModel.open(bundle.graph("step"), MODEL_NAME, options, registry);
        return new NameSampler(new StepGraph(model, CHAR, manifest.intParameter("hiddenSize"), manifest.intParameter("hasCellState") == 1),
                vocabulary);
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
        if (rows.isEmpty()) {
            return;
        }
        int start = vocabulary.size();
        rows.forEach(row -> row.next = start);
        float[] temperatures = new float[rows.size()];
        for (int b = 0; b < rows.size(); b++) {
            temperatures[b] = rows.get(b).temperature;
        }
        StepGraph.State state = graph.start(temperatures);
        for (int step = 0; step <= NameText.MAX_LENGTH && rows.stream().anyMatch(r -> !r.done); step++) {
            float[][] probabilities = graph.step(rows.stream().mapToLong(row -> row.next).toArray(), state);
            for (int b = 0; b < rows.size(); b++) {
                advance(rows.get(b), probabilities[b], step);
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
        int sampled = StepGraph.sample(probabilities, row.random.nextDouble());
        if (sampled == 0 || row.name.length() >= NameText.MAX_LENGTH) {
            row.done = true;
            return;
        }
        row.name.append(vocabulary.symbol(sampled));
        row.next = sampled;
    }

    public String executionProvider() {
        return graph.executionProvider();
    }

    @Override
    public void close() {
        graph.close();
    }
}
