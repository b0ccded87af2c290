package seqstream.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.inference.ModelBundle;
import seqstream.training.names.DinosaurNames;
import seqstream.training.trigger.TriggerSettings;
import seqstream.training.trigger.TriggerTraining;

/** {@code seqctl eval trigger}: measure a bundle again on the data its training judged it on. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure a bundle on its held-out data, as training did (figures printed, model.json untouched).")
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "trigger (reads SEQSTREAM_DATA)")
    String model;

    @Option(names = "--threshold", description = "Score threshold to judge at (default: the bundle's).")
    Double threshold;

    @Mixin
    ModelOptions options;

    @Override
    public Integer call() throws Exception {
        if (!model.equals(TriggerScorer.MODEL_NAME)) {
            throw new IllegalArgumentException("unknown model '" + model + "': 'eval' measures trigger (dates and names are"
                    + " measured by their training and their benches)");
        }
        var bundle = options.bundle(model);
        TriggerSettings settings = TriggerSettings.of(ModelBundle.load(bundle, model).manifest().training());
        try (TriggerScorer scorer = TriggerScorer.load(bundle, options.inference(), ModelOptions.registry())) {
            double at = threshold != null ? threshold : scorer.threshold();
            Map<String, Object> figures = TriggerTraining.evaluate(scorer, at, settings, DinosaurNames.dataDirectory(), System.out);
            System.out.println("threshold " + at + ": " + figures);
        }
        return 0;
    }
}
