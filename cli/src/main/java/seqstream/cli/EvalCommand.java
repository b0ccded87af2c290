package seqstream.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.inference.ModelBundle;
import seqstream.training.emoji.EmojiCrossValidation;
import seqstream.training.emoji.EmojiData;
import seqstream.training.emoji.EmojiTraining;
import seqstream.training.names.DinosaurNames;
import seqstream.training.trigger.TriggerSettings;
import seqstream.training.trigger.TriggerTraining;
import seqstream.vectors.VectorsCache;
import seqstream.vectors.VectorsFile;
import seqstream.vectors.WordVectors;

/**
 * {@code seqctl eval trigger}: measure a bundle again on the data its training judged it on; {@code seqctl eval
 * emojify}: cross-validate the two emojify recipes on the training sentences.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "trigger: measure the bundle on its held-out data, as training did; emojify: 5-fold cross-validation of"
                + " the v1 and v2 recipes on the training sentences. Figures printed, model.json untouched.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "trigger or emojify (both read SEQSTREAM_DATA; emojify needs the word vectors)")
    String model;

    @Option(names = "--threshold", description = "trigger: score threshold to judge at (default: the bundle's).")
    Double threshold;

    @Option(names = "--choose-threshold", description = "trigger: choose the threshold again on the validation clips, by the"
            + " rule training uses, and judge at it.")
    boolean chooseThreshold;

    @Option(names = "--scale", defaultValue = "1", description = "trigger: 1 measures on the sets training judged on;"
            + " 2-" + TriggerTraining.MAX_EVALUATION_SCALE + " on sets that many times larger, of other voices and clips.")
    int scale;

    @Mixin
    ModelOptions options;

    @Override
    public Integer call() throws Exception {
        return switch (model) {
            case TriggerScorer.MODEL_NAME -> evaluateTrigger();
            case "emojify" -> crossValidateEmojify();
            default -> throw new IllegalArgumentException("unknown model '" + model + "': 'eval' measures trigger and emojify"
                    + " (dates and names are measured by their training and their benches)");
        };
    }

    private int evaluateTrigger() throws Exception {
        TriggerTraining.requireEvaluationScale(scale);
        if (threshold != null && chooseThreshold) {
            throw new IllegalArgumentException("--threshold and --choose-threshold both given: judge at one threshold");
        }
        var bundle = options.bundle(model);
        TriggerSettings settings = TriggerSettings.of(ModelBundle.load(bundle, model).manifest().training());
        try (TriggerScorer scorer = TriggerScorer.load(bundle, options.inference(), ModelOptions.registry())) {
            double at = chooseThreshold ? TriggerTraining.chooseThreshold(scorer, TriggerTraining.validationClips(settings), System.out)
                    : threshold != null ? threshold : scorer.threshold();
            Map<String, Object> figures = TriggerTraining.evaluate(scorer, at, settings, scale, DinosaurNames.dataDirectory(),
                    System.out);
            System.out.println("threshold " + at + ", scale " + scale + ": " + figures);
        }
        return 0;
    }

    /** The recipes, not the bundles: each fold trains the recipe afresh on the other folds. */
    private int crossValidateEmojify() throws IOException {
        WordVectors vectors = VectorsFile.read(VectorsCache.defaultFile());
        List<EmojiData.Example> train = EmojiData.read(DinosaurNames.dataDirectory().resolve(EmojiData.TRAIN));
        for (EmojiTraining.Settings settings : List.of(EmojiTraining.Settings.V1, EmojiTraining.Settings.V2)) {
            List<EmojiCrossValidation.Split> splits = EmojiCrossValidation.run(settings, train, vectors, EmojiCrossValidation.FOLDS,
                    EmojiCrossValidation.SPLITS, System.out);
            System.out.printf(Locale.ROOT, "%s: %d-fold cross-validation accuracy %.3f (mean of %d splits of %d sentences)%n",
                    settings.bundleName(), EmojiCrossValidation.FOLDS, EmojiCrossValidation.mean(splits), splits.size(), train.size());
        }
        return 0;
    }
}
