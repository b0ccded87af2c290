package seqstream.training.dates;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelManifest;
import seqstream.text.dates.DateText;
import seqstream.text.dates.DateTranslator;
import seqstream.text.dates.Translation;

/**
 * {@code ./seqctl train dates}: generate, train, export to ONNX, check parity, evaluate, and write the
 * bundle (model.onnx + model.json with the figures).
 */
public final class DatesTraining {
    public static final String GRAPH_FILE = "model.onnx";
    /** The bundle's picture: where the model looks while it writes one date. */
    public static final String ATTENTION_PICTURE = "attention.png";
    static final String PICTURED_DATE = "Saturday May 9 2018";
    static final int PARITY_EXAMPLES = 512;
    static final int FINGERPRINT_EXAMPLES = 10_000;

    private DatesTraining() {
    }

    /** Trains and writes the bundle into {@code bundleDirectory}; returns its manifest. */
    public static ModelManifest run(TrainingSettings settings, Path bundleDirectory, int perFamily, PrintStream log)
            throws IOException {
        if (settings.seed() == DatesEvaluation.HELD_OUT_SEED) {
            throw new IllegalArgumentException("seed " + settings.seed() + " makes the held-out set; train with another");
        }
        Instant start = Instant.now();
        Files.createDirectories(bundleDirectory);
        Path graph = bundleDirectory.resolve(GRAPH_FILE);
        List<DateExample> heldOut = DatesEvaluation.heldOut(perFamily);
        try (DateModelTrainer trainer = new DateModelTrainer(settings)) {
            double finalLoss = trainWithProgress(trainer, settings, log);
            DateOnnxExport.write(trainer.block(), DateText.INPUT_LENGTH, graph);
            ModelManifest draft = manifest(settings, finalLoss, Duration.between(start, Instant.now()), Map.of());
            ModelBundle.writeManifest(bundleDirectory, draft);

            try (DateTranslator translator = DateTranslator.load(bundleDirectory, new InferenceOptions(
                    seqstream.inference.Device.CPU, 0), new SimpleMeterRegistry())) {
                double parity = parity(trainer, translator, heldOut.subList(0, Math.min(PARITY_EXAMPLES, heldOut.size())));
                DatesEvaluation.Report report = DatesEvaluation.evaluate(translator, heldOut);
                log.printf("held-out exact match %.4f on %d dates (worst family %.4f); required dates %s; "
                        + "ONNX vs DJL max |diff| %.2e%n", report.exactMatch(), report.examples(), report.worstFamily(),
                        report.allRequired() ? "all right" : "NOT all right: " + report.required(), parity);
                report.familyAccuracy().forEach((family, accuracy) -> log.printf("  %-28s %.4f%n", family, accuracy));
                report.mistakes().stream().limit(10).forEach(m -> log.println("  mistake: " + m));
                AttentionMapPicture.write(translator.translate(PICTURED_DATE), bundleDirectory.resolve(ATTENTION_PICTURE));
                ModelManifest manifest = manifest(settings, finalLoss, Duration.between(start, Instant.now()),
                        evaluation(report, parity));
                ModelBundle.writeManifest(bundleDirectory, manifest);
                return manifest;
            }
        }
    }

    private static double trainWithProgress(DateModelTrainer trainer, TrainingSettings settings, PrintStream log) {
        ProgressBarBuilder bar = new ProgressBarBuilder().setTaskName("train dates").setInitialMax(settings.steps())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(log))
                .setUpdateIntervalMillis(1000);
        try (ProgressBar progress = bar.build()) {
            return trainer.train((loss, step) -> {
                progress.step();
                if (step % 50 == 0) {
                    progress.setExtraMessage(String.format("loss %.4f", loss));
                }
            });
        }
    }

    /** Largest absolute difference between DJL's and ONNX Runtime's probabilities and attention weights. */
    static double parity(DateModelTrainer trainer, DateTranslator translator, List<DateExample> examples) {
        List<Translation> onnx = translator.translate(examples.stream().map(DateExample::text).toList());
        double worst = 0;
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList djl = trainer.predict(manager, DateBatch.of(examples));
            float[] probabilities = djl.get(0).toFloatArray();
            float[] attention = djl.get(1).toFloatArray();
            int outputs = DateText.OUTPUT_LENGTH;
            int vocabulary = DateBatch.OUTPUT.size();
            int inputs = DateText.INPUT_LENGTH;
            for (int b = 0; b < examples.size(); b++) {
                Translation t = onnx.get(b);
                for (int i = 0; i < outputs; i++) {
                    for (int k = 0; k < vocabulary; k++) {
                        worst = Math.max(worst, Math.abs(t.probabilities()[i][k]
                                - probabilities[(b * outputs + i) * vocabulary + k]));
                    }
                    for (int k = 0; k < inputs; k++) {
                        worst = Math.max(worst, Math.abs(t.attention()[i][k] - attention[(b * outputs + i) * inputs + k]));
                    }
                }
            }
        }
        return worst;
    }

    private static Map<String, Object> evaluation(DatesEvaluation.Report report, double parity) {
        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("heldOutSeed", DatesEvaluation.HELD_OUT_SEED);
        evaluation.put("heldOutExamples", report.examples());
        evaluation.put("exactMatch", round(report.exactMatch()));
        evaluation.put("worstFamilyExactMatch", round(report.worstFamily()));
        Map<String, Object> families = new LinkedHashMap<>();
        report.familyAccuracy().forEach((family, accuracy) -> families.put(family, round(accuracy)));
        evaluation.put("familyExactMatch", families);
        evaluation.put("requiredDates", report.required());
        evaluation.put("requiredDatesAllRight", report.allRequired());
        evaluation.put("onnxVsDjlMaxAbsDiff", parity);
        return evaluation;
    }

    private static ModelManifest manifest(TrainingSettings settings, double finalLoss, Duration took,
            Map<String, Object> evaluation) {
        Map<String, Object> preprocessing = new LinkedHashMap<>();
        preprocessing.put("inputLength", DateText.INPUT_LENGTH);
        preprocessing.put("outputLength", DateText.OUTPUT_LENGTH);
        preprocessing.put("normalization", "lower case; commas to spaces; runs of white space to one space; trimmed");
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("framework", "DJL 0.36.0, PyTorch 2.7.1 (CPU)");
        training.put("architecture", "one-hot chars -> Bi-LSTM 2x" + DateAttentionModel.ENCODER_UNITS
                + " -> attention (dense " + DateAttentionModel.ATTENTION_UNITS + " tanh, dense 1 relu, softmax over input)"
                + " -> LSTM cell " + DateAttentionModel.DECODER_UNITS + " -> dense softmax, 10 steps");
        training.put("seed", settings.seed());
        training.put("steps", settings.steps());
        training.put("batchSize", settings.batchSize());
        training.put("learningRate", settings.learningRate());
        training.put("examplesSeen", (long) settings.steps() * settings.batchSize());
        training.put("dataFingerprint", DateExamples.fingerprint(settings.seed(), FINGERPRINT_EXAMPLES));
        training.put("dataFingerprintCovers", "the first " + FINGERPRINT_EXAMPLES + " generated examples");
        training.put("finalLoss", round(finalLoss));
        training.put("seconds", took.toSeconds());
        return new ModelManifest(DateTranslator.MODEL_NAME, ModelManifest.FORMAT_VERSION,
                Map.of("model", GRAPH_FILE),
                List.of(DateTranslator.INPUT + ": int64[batch, " + DateText.INPUT_LENGTH + "] input-vocabulary indices"),
                List.of(DateTranslator.PROBABILITIES + ": float[batch, " + DateText.OUTPUT_LENGTH + ", "
                        + DateBatch.OUTPUT.size() + "] output-vocabulary probabilities",
                        DateTranslator.ATTENTION + ": float[batch, " + DateText.OUTPUT_LENGTH + ", " + DateText.INPUT_LENGTH
                                + "] attention weights"),
                Map.of("input", DateText.inputSymbols(), "output", DateText.outputSymbols()),
                preprocessing, training, evaluation);
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
