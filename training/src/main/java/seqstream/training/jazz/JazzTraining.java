package seqstream.training.jazz;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelManifest;
import seqstream.inference.StepGraph;
import seqstream.music.JazzCorpus;
import seqstream.music.JazzSampler;
import seqstream.music.MusicValue;
import seqstream.music.Note;
import seqstream.music.Solo;
import seqstream.music.SoloFigures;
import seqstream.music.SoloSpec;
import seqstream.training.onnx.Parity;

/**
 * {@code ./seqctl train jazz}: reads the corpus, holds out the last 10% of the piece (by time), and trains the
 * LSTM on the rest: first on all but the rest's own last 10%, which validates (it chooses the number of epochs),
 * then again from the start on all of it for that many epochs. Then it measures through the exported step graph: held-out NLL per value beside unigram and bigram baselines,
 * and ten 60-second solos (in harmony, longest silence, pitch-class correlation with the corpus).
 */
public final class JazzTraining {
    public static final String MIDI_FILE = "jazz/data/original_metheny.mid";
    public static final String GRAPH_FILE = "model.onnx";
    /** Held out: the piece's last tenth; validation: the last tenth of what is left. */
    static final double HELD_OUT = 0.1;
    static final int SOLOS = 10;
    static final double SOLO_SECONDS = 60;
    static final int SOLO_TEMPO = 130;
    static final int VALIDATION_RUNS = 3;

    private JazzTraining() {
    }

    public static ModelManifest run(JazzSettings settings, Path dataDirectory, Path bundle, PrintStream log) throws IOException {
        Instant start = Instant.now();
        Path midi = dataDirectory.resolve(MIDI_FILE);
        JazzCorpus corpus = JazzCorpus.read(midi, JazzCorpus.Parts.METHENY);
        List<MusicValue> values = corpus.values();
        int heldOutFrom = splitAt(corpus.valueStarts(), corpus.valueStarts()[values.size() - 1] * (1 - HELD_OUT));
        int validationFrom = splitAt(corpus.valueStarts(), corpus.valueStarts()[heldOutFrom] * (1 - HELD_OUT));
        log.printf("jazz: %d melody notes -> %d values (%d distinct) over %d bars; training %d, validation %d, held out %d%n",
                corpus.melody().size(), values.size(), values.stream().distinct().count(), corpus.progression().bars(),
                validationFrom, heldOutFrom - validationFrom, values.size() - heldOutFrom);
        Files.createDirectories(bundle);
        Map<String, Object> training = new LinkedHashMap<>();
        Map<String, Object> evaluation = new LinkedHashMap<>();
        int epochs = bestEpochs(settings, values, validationFrom, heldOutFrom, training, log);
        // The model served learns from training and validation together, for the epochs validation chose.
        try (JazzTrainer trainer = new JazzTrainer(settings)) {
            SplittableRandom random = new SplittableRandom(settings.seed());
            for (int epoch = 1; epoch <= epochs; epoch++) {
                double loss = trainer.epoch(values, 0, heldOutFrom, settings.batchSize(), random);
                log.printf(Locale.ROOT, "  final model, epoch %d/%d: training loss %.4f%n", epoch, epochs, loss);
            }
            JazzOnnxExport.write(trainer.block(), bundle.resolve(GRAPH_FILE));
            ModelBundle.writeManifest(bundle, manifest(settings, corpus, midi, training, evaluation));
            evaluation.put("onnx_vs_djl_max_abs_diff", parity(trainer, bundle, values, heldOutFrom, settings.window()));
        }
        try (JazzSampler sampler = JazzSampler.load(bundle, new InferenceOptions(Device.CPU, 0), new SimpleMeterRegistry())) {
            measure(sampler, corpus, validationFrom, heldOutFrom, settings.window(), evaluation, log);
        }
        training.put("seconds", Duration.between(start, Instant.now()).toSeconds());
        ModelManifest manifest = manifest(settings, corpus, midi, training, evaluation);
        ModelBundle.writeManifest(bundle, manifest);
        return manifest;
    }

    /**
     * The number of epochs to train for: the minimum of the validation loss averaged over {@link #VALIDATION_RUNS}
     * runs from different seeds, each trained on the training part alone. One run's curve is too noisy to choose
     * by: the validation part is a hundred-odd values.
     */
    private static int bestEpochs(JazzSettings settings, List<MusicValue> values, int validationFrom, int heldOutFrom,
            Map<String, Object> training, PrintStream log) {
        double[] mean = new double[settings.maxEpochs()];
        for (int run = 0; run < VALIDATION_RUNS; run++) {
            JazzSettings seeded = settings.withSeed(settings.seed() + run);
            try (JazzTrainer trainer = new JazzTrainer(seeded)) {
                SplittableRandom random = new SplittableRandom(seeded.seed());
                for (int epoch = 0; epoch < settings.maxEpochs(); epoch++) {
                    trainer.epoch(values, 0, validationFrom, settings.batchSize(), random);
                    mean[epoch] += trainer.nll(values, validationFrom, heldOutFrom) / VALIDATION_RUNS;
                }
            }
        }
        int best = 0;
        for (int epoch = 0; epoch < mean.length; epoch++) {
            best = mean[epoch] < mean[best] ? epoch : best;
            log.printf(Locale.ROOT, "  epoch %d: validation NLL %.4f (mean of %d runs)%n", epoch + 1, mean[epoch], VALIDATION_RUNS);
        }
        training.put("validation_runs", VALIDATION_RUNS);
        training.put("validation_nll_per_value_by_epoch", java.util.Arrays.stream(mean).map(JazzTraining::round).boxed().toList());
        training.put("epochs", best + 1);
        training.put("validation_nll_per_value", round(mean[best]));
        return best + 1;
    }

    /** The first value starting at or after {@code time}. */
    static int splitAt(long[] starts, double time) {
        int i = 0;
        while (i < starts.length && starts[i] < time) {
            i++;
        }
        return i;
    }

    private static void measure(JazzSampler sampler, JazzCorpus corpus, int validationFrom, int heldOutFrom, int window,
            Map<String, Object> evaluation, PrintStream log) {
        List<MusicValue> values = corpus.values();
        double lstm = onnxNll(sampler, values, heldOutFrom, values.size(), window);
        // As for the LSTM: smoothing chosen on validation, then counted on training and validation together.
        NgramBaseline training = new NgramBaseline(values, validationFrom);
        double unigramK = training.bestSmoothing(values, validationFrom, heldOutFrom, 1);
        double bigramK = training.bestSmoothing(values, validationFrom, heldOutFrom, 2);
        evaluation.put("validation_nll_per_value_trained_on_training_only", Map.of(
                "unigram", round(training.nll(values, validationFrom, heldOutFrom, 1, unigramK)),
                "bigram", round(training.nll(values, validationFrom, heldOutFrom, 2, bigramK))));
        NgramBaseline counted = new NgramBaseline(values, heldOutFrom);
        double unigram = counted.nll(values, heldOutFrom, values.size(), 1, unigramK);
        double bigram = counted.nll(values, heldOutFrom, values.size(), 2, bigramK);
        evaluation.put("heldout_nll_per_value", round(lstm));
        evaluation.put("unigram_heldout_nll_per_value", round(unigram));
        evaluation.put("bigram_heldout_nll_per_value", round(bigram));
        evaluation.put("baseline_smoothing", Map.of("unigram", unigramK, "bigram", bigramK));
        evaluation.put("heldout_values", values.size() - heldOutFrom);
        evaluation.put("split", "by time: values starting in the last 10% of the piece held out; the last 10% of the rest validates");
        log.printf(Locale.ROOT, "jazz: held-out NLL per value %.4f (unigram %.4f, bigram %.4f)%n", lstm, unigram, bigram);

        double[] corpusHistogram = SoloFigures.pitchClassHistogram(corpus.melody());
        evaluation.put("corpus_pitch_class_histogram", java.util.Arrays.stream(corpusHistogram).map(JazzTraining::round).boxed().toList());
        Map<String, Object> generation = generationFigures(sampler, corpusHistogram);
        evaluation.put("generation", generation);
        evaluation.put("corpus_in_chord_or_scale_share", round(corpus.melody().stream()
                .filter(n -> corpus.progression().at(n.start()).inScale(n.pitch())).count() / (double) corpus.melody().size()));
        log.printf(Locale.ROOT, "jazz: %d solos of %.0f s: in chord or scale %.3f (each >= %.3f), longest silence %.2f s,"
                + " pitch-class correlation %.3f (each >= %.3f)%n", SOLOS, SOLO_SECONDS, generation.get("pooled_in_chord_or_scale_share"),
                generation.get("in_chord_or_scale_share_min"), generation.get("longest_silence_seconds_max"),
                generation.get("pooled_pitch_class_correlation"), generation.get("pitch_class_correlation_min"));
    }

    /**
     * Ten 60-second solos at 130 bpm, temperature 1, seeds 1-10, measured: notes in the chord or scale, longest
     * silence, pitch-class correlation with the corpus; each solo's figure and all ten pooled.
     */
    public static Map<String, Object> generationFigures(JazzSampler sampler, double[] corpusHistogram) {
        List<SoloSpec> specs = IntStream.rangeClosed(1, SOLOS).mapToObj(seed -> new SoloSpec(SOLO_SECONDS, 1.0, seed, SOLO_TEMPO)).toList();
        List<Solo> solos = sampler.improvise(specs);
        List<Double> inHarmony = new ArrayList<>();
        List<Double> silences = new ArrayList<>();
        List<Double> correlations = new ArrayList<>();
        for (Solo solo : solos) {
            inHarmony.add(round(SoloFigures.inHarmonyShare(solo)));
            silences.add(round(SoloFigures.longestSilenceSeconds(solo)));
            correlations.add(round(SoloFigures.correlation(SoloFigures.pitchClassHistogram(solo.notes()), corpusHistogram)));
        }
        Map<String, Object> generation = new LinkedHashMap<>();
        generation.put("solos", SOLOS);
        generation.put("seconds", SOLO_SECONDS);
        generation.put("tempo_bpm", SOLO_TEMPO);
        generation.put("temperature", 1.0);
        generation.put("seeds", "1-" + SOLOS);
        generation.put("notes", solos.stream().map(s -> s.notes().size()).toList());
        generation.put("in_chord_or_scale_share", inHarmony);
        generation.put("in_chord_or_scale_share_min", inHarmony.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        generation.put("longest_silence_seconds", silences);
        generation.put("longest_silence_seconds_max", silences.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        generation.put("pitch_class_correlation", correlations);
        generation.put("pitch_class_correlation_min", correlations.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        // All ten together: each solo starts at its own bar of the piece, so only together do they span its keys.
        List<Note> pooled = solos.stream().flatMap(s -> s.notes().stream()).toList();
        generation.put("pooled_in_chord_or_scale_share", round(solos.stream()
                .mapToDouble(s -> SoloFigures.inHarmonyShare(s) * s.notes().size()).sum() / pooled.size()));
        generation.put("pooled_pitch_class_correlation", round(SoloFigures.correlation(SoloFigures.pitchClassHistogram(pooled),
                corpusHistogram)));
        return generation;
    }

    /** Mean NLL of values [from, to) through the step graph, each given the window before it, as training saw it. */
    static double onnxNll(JazzSampler sampler, List<MusicValue> values, int from, int to, int window) {
        List<int[]> contexts = IntStream.range(from, to).mapToObj(p -> JazzTrainer.context(values, p, window)).toList();
        float[][] p = sampler.probabilitiesAfter(contexts);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum -= Math.log(p[i][values.get(from + i).index()]);
        }
        return sum / p.length;
    }

    /** The largest difference between DJL's and the step graph's probabilities over the held-out windows. */
    private static double parity(JazzTrainer trainer, Path bundle, List<MusicValue> values, int from, int window) {
        int[] positions = IntStream.range(from, values.size()).toArray();
        float[][] djl = trainer.probabilities(values, positions);
        try (JazzSampler sampler = JazzSampler.load(bundle, new InferenceOptions(Device.CPU, 0), new SimpleMeterRegistry())) {
            return Parity.maxDifference(djl,
                    sampler.probabilitiesAfter(IntStream.of(positions).mapToObj(p -> JazzTrainer.context(values, p, window)).toList()));
        }
    }

    private static ModelManifest manifest(JazzSettings settings, JazzCorpus corpus, Path midi, Map<String, Object> figures,
            Map<String, Object> evaluation) throws IOException {
        Map<String, Object> preprocessing = new LinkedHashMap<>();
        preprocessing.put("hiddenSize", settings.hidden());
        preprocessing.put("startIndex", MusicValue.START);
        preprocessing.put("window", settings.window());
        preprocessing.put("values", "rest, or note kind (chord/scale/approach) x length in sixteenths x leap range from the previous note");
        preprocessing.put("maxSilenceSeconds", JazzSampler.MAX_SILENCE_SECONDS);
        preprocessing.put("corpusTempoBpm", Math.round(corpus.tempoBpm()));
        preprocessing.put(JazzSampler.PROGRESSION, corpus.progression().toLines());
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("framework", "DJL 0.36.0, PyTorch 2.7.1 (CPU)");
        training.put("architecture", "value features (kind, length, leap: one-hots) -> LSTM " + settings.hidden() + " -> dropout " + settings.dropout() + " -> dense "
                + MusicValue.COUNT + " -> softmax");
        training.put("data", MIDI_FILE + ", melody = part 5 (guitar), harmony from parts 0-4 and 9");
        training.put("dataFingerprint", fingerprint(midi));
        training.put("seed", settings.seed());
        training.put("window", settings.window());
        training.put("batchSize", settings.batchSize());
        training.put("optimizer", "Adam, learning rate " + settings.learningRate() + ", gradients clipped at 5");
        training.put("maxEpochs", settings.maxEpochs());
        training.putAll(figures);
        return new ModelManifest(JazzSampler.MODEL_NAME, ModelManifest.FORMAT_VERSION, Map.of("step", GRAPH_FILE),
                List.of(JazzSampler.VALUE + ": int64[batch] (" + MusicValue.START + " = start)", StepGraph.HIDDEN + ": float[batch, "
                        + settings.hidden() + "]", StepGraph.CELL + ": float[batch, " + settings.hidden() + "]",
                        StepGraph.TEMPERATURE + ": float[batch, 1]"),
                List.of(StepGraph.PROBABILITIES + ": float[batch, " + MusicValue.COUNT + "]", StepGraph.HIDDEN_OUT + ", " + StepGraph.CELL_OUT),
                Map.of("output", MusicValue.vocabulary()), preprocessing, training, evaluation);
    }

    private static String fingerprint(Path file) throws IOException {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
