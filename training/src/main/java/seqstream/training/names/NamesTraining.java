package seqstream.training.names;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelManifest;
import seqstream.inference.StepGraph;
import seqstream.rnn.Adam;
import seqstream.rnn.CharModel;
import seqstream.rnn.LstmCell;
import seqstream.rnn.Optimizer;
import seqstream.rnn.RnnCell;
import seqstream.rnn.SoftmaxOutput;
import seqstream.rnn.State;
import seqstream.text.names.NameSampler;
import seqstream.text.names.NameSpec;
import seqstream.text.names.NameText;

/**
 * {@code ./seqctl train names}: on one fixed split of dinos.txt, the course's model (RNN, 50 units, SGD),
 * ours (LSTM, Adam, early stopping on names carved from the training side), and a 4-gram baseline; then
 * ours exported as a step graph, checked against the engine, sampled, and written as the names bundle.
 */
public final class NamesTraining {
    public static final String GRAPH_FILE = "model.onnx";
    static final int SAMPLED_NAMES = 1000;
    static final long SAMPLING_SEED = 2024L;

    private NamesTraining() {
    }

    public static ModelManifest run(NamesSettings settings, DinosaurNames data, Path bundle, PrintStream log)
            throws IOException {
        Instant start = Instant.now();
        int vocabulary = NameLanguageModel.VOCABULARY.size();
        int validationSize = Math.max(1, data.training().size() / 10);
        List<String> fit = data.training().subList(0, data.training().size() - validationSize);
        List<String> validation = data.training().subList(data.training().size() - validationSize, data.training().size());
        log.printf("names: %d to train on (%d of them for early stopping), %d held out%n", data.training().size(),
                validationSize, data.heldOut().size());

        double fourGram = new CharNgramModel(4, data.training(), vocabulary).nllPerChar(data.heldOut());
        log.printf("4-gram (interpolated Kneser-Ney): held-out %.4f nats/char%n", fourGram);

        SplittableRandom courseRandom = new SplittableRandom(settings.seed());
        CharModel course = new CharModel(new RnnCell(vocabulary, 50, courseRandom, 0.01),
                new SoftmaxOutput(50, vocabulary, courseRandom, 0.01), vocabulary);
        NameLanguageModel.trainIterations(course, data.training(), settings.courseIterations(), Optimizer.sgd(0.01),
                settings.seed());
        double courseNll = NameLanguageModel.nllPerChar(course, data.heldOut());
        log.printf("course RNN (50 units, SGD 0.01, %d names): held-out %.4f nats/char%n", settings.courseIterations(),
                courseNll);

        Map<String, Object> training = new LinkedHashMap<>();
        CharModel ours = trainOurs(settings, fit, validation, log, training);
        double oursNll = NameLanguageModel.nllPerChar(ours, data.heldOut());
        log.printf("ours (LSTM %d): held-out %.4f nats/char%n", settings.hidden(), oursNll);

        Files.createDirectories(bundle);
        NamesOnnxExport.write(ours, bundle.resolve(GRAPH_FILE));
        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("heldout_nll_per_char", round(oursNll));
        evaluation.put("course_rnn_heldout_nll_per_char", round(courseNll));
        evaluation.put("fourgram_kneser_ney_heldout_nll_per_char", round(fourGram));
        evaluation.put("heldout_names", data.heldOut().size());
        evaluation.put("split", "seeded shuffle (seed " + DinosaurNames.SPLIT_SEED + ") of dinos.txt, last 10% held out");
        ModelBundle.writeManifest(bundle, manifest(settings, training, evaluation, Duration.between(start, Instant.now())));

        try (NameSampler sampler = NameSampler.load(bundle, new InferenceOptions(Device.CPU, 0), new SimpleMeterRegistry())) {
            evaluation.put("onnx_vs_engine_max_abs_diff", parity(ours, bundle));
            List<String> sampled = sampler.sample(List.of(new NameSpec(SAMPLED_NAMES, 1.0, SAMPLING_SEED, ""))).getFirst();
            evaluation.put("sampling", samplingQuality(sampled, data.all()));
            log.println("sampled: " + String.join(", ", sampled.subList(0, 12)));
        }
        log.println("figures: " + evaluation);
        ModelManifest manifest = manifest(settings, training, evaluation, Duration.between(start, Instant.now()));
        ModelBundle.writeManifest(bundle, manifest);
        return manifest;
    }

    /** LSTM with Adam; after {@code patience} epochs without a better validation score, back to the best weights at a third of the rate. */
    private static CharModel trainOurs(NamesSettings settings, List<String> fit, List<String> validation, PrintStream log,
            Map<String, Object> record) {
        int vocabulary = NameLanguageModel.VOCABULARY.size();
        SplittableRandom random = new SplittableRandom(settings.seed() + 1);
        int h = settings.hidden();
        CharModel model = new CharModel(new LstmCell(vocabulary, h, random, 1 / Math.sqrt(h + vocabulary)),
                new SoftmaxOutput(h, vocabulary, random, 1 / Math.sqrt(h)), vocabulary);
        Adam adam = Optimizer.adam(settings.learningRate());
        Random order = new Random(settings.seed());
        double best = Double.POSITIVE_INFINITY;
        double[][] bestWeights = NameLanguageModel.snapshot(model);
        int bestEpoch = 0;
        int sinceBest = 0;
        int drops = 0;
        int epoch = 0;
        while (epoch < settings.maxEpochs() && drops < 3) {
            NameLanguageModel.trainEpoch(model, fit, adam, order, i -> { });
            double score = NameLanguageModel.nllPerChar(model, validation);
            epoch++;
            log.printf("  epoch %2d  validation %.4f nats/char  (learning rate %.5f)%n", epoch, score, adam.learningRate());
            if (score < best) {
                best = score;
                bestWeights = NameLanguageModel.snapshot(model);
                bestEpoch = epoch;
                sinceBest = 0;
            } else if (++sinceBest >= settings.patience()) {
                NameLanguageModel.restore(model, bestWeights);
                adam.setLearningRate(adam.learningRate() / 3);
                drops++;
                sinceBest = 0;
            }
        }
        NameLanguageModel.restore(model, bestWeights);
        record.put("epochs", epoch);
        record.put("best_epoch", bestEpoch);
        record.put("validation_nll_per_char", round(best));
        record.put("validation_names", validation.size());
        return model;
    }

    /** Largest difference between the step graph's probabilities and the engine's, over a few names read step by step. */
    static double parity(CharModel model, Path bundle) {
        List<String> names = List.of("tyrannosaurus", "aardonyx", "zby");
        double worst = 0;
        try (var check = new StepGraphCheck(bundle.resolve(GRAPH_FILE), model.cell.hiddenSize())) {
            for (String name : names) {
                int[] inputs = NameLanguageModel.encode(name)[0];
                State state = model.cell.zeroState();
                float[] h = new float[model.cell.hiddenSize()];
                float[] c = new float[model.cell.hiddenSize()];
                for (int input : inputs) {
                    state = model.step(state, input);
                    double[] expected = model.probabilities(state);
                    float[][] onnx = check.step(input == CharModel.START ? model.vocabulary : input, h, c);
                    for (int k = 0; k < expected.length; k++) {
                        worst = Math.max(worst, Math.abs(expected[k] - onnx[0][k]));
                    }
                    h = onnx[1];
                    c = onnx[2];
                }
            }
        }
        return worst;
    }

    static Map<String, Object> samplingQuality(List<String> sampled, List<String> corpus) {
        var known = new HashSet<>(corpus);
        long novel = sampled.stream().filter(n -> !known.contains(NameText.normalize(n))).count();
        long unique = sampled.stream().distinct().count();
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("names", sampled.size());
        quality.put("temperature", 1.0);
        quality.put("seed", SAMPLING_SEED);
        quality.put("share_not_in_corpus", round((double) novel / sampled.size()));
        quality.put("share_unique", round((double) unique / sampled.size()));
        quality.put("length_mean", round(sampled.stream().mapToInt(String::length).average().orElse(0)));
        quality.put("corpus_length_mean", round(corpus.stream().mapToInt(String::length).average().orElse(0)));
        quality.put("length_std", round(std(sampled)));
        quality.put("corpus_length_std", round(std(corpus)));
        quality.put("length_histogram_total_variation", round(totalVariation(sampled, corpus)));
        return quality;
    }

    private static double std(List<String> names) {
        double mean = names.stream().mapToInt(String::length).average().orElse(0);
        return Math.sqrt(names.stream().mapToDouble(n -> (n.length() - mean) * (n.length() - mean)).average().orElse(0));
    }

    /** Half the summed absolute difference of the two length distributions: 0 the same, 1 disjoint. */
    private static double totalVariation(List<String> a, List<String> b) {
        double[] pa = lengthShares(a);
        double[] pb = lengthShares(b);
        double sum = 0;
        for (int i = 0; i < pa.length; i++) {
            sum += Math.abs(pa[i] - pb[i]);
        }
        return sum / 2;
    }

    private static double[] lengthShares(List<String> names) {
        double[] shares = new double[NameText.MAX_LENGTH + 2];
        names.forEach(n -> shares[Math.min(n.length(), NameText.MAX_LENGTH + 1)] += 1.0 / names.size());
        return shares;
    }

    private static ModelManifest manifest(NamesSettings settings, Map<String, Object> record, Map<String, Object> evaluation,
            Duration took) {
        Map<String, Object> preprocessing = new LinkedHashMap<>();
        preprocessing.put("hiddenSize", settings.hidden());
        preprocessing.put("hasCellState", 1);
        preprocessing.put("startIndex", NameLanguageModel.VOCABULARY.size());
        preprocessing.put("maxLength", NameText.MAX_LENGTH);
        preprocessing.put("normalization", "names lower-cased for the model, capitalized on the way out");
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("engine", "seqstream rnn engine (plain Java, double precision)");
        training.put("architecture", "one-hot chars -> LSTM " + settings.hidden() + " -> softmax over 27 (a-z, end of name)");
        training.put("optimizer", "Adam, one name per update, gradients clipped to [-5, 5]");
        training.put("seed", settings.seed());
        training.put("learningRate", settings.learningRate());
        training.put("maxEpochs", settings.maxEpochs());
        training.put("patience", settings.patience());
        training.put("courseIterations", settings.courseIterations());
        training.putAll(record);
        training.put("seconds", took.toSeconds());
        return new ModelManifest(NameSampler.MODEL_NAME, ModelManifest.FORMAT_VERSION, Map.of("step", GRAPH_FILE),
                List.of(NameSampler.CHAR + ": int64[batch] (27 = start)", StepGraph.HIDDEN + ": float[batch, "
                        + settings.hidden() + "]", StepGraph.CELL + ": float[batch, " + settings.hidden() + "]",
                        StepGraph.TEMPERATURE + ": float[batch, 1]"),
                List.of(StepGraph.PROBABILITIES + ": float[batch, 27]", StepGraph.HIDDEN_OUT + ", " + StepGraph.CELL_OUT),
                Map.of("output", NameText.symbols()), preprocessing, training, evaluation);
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
