package seqstream.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.inference.ModelManifest;
import seqstream.training.dates.DatesEvaluation;
import seqstream.training.dates.DatesTraining;
import seqstream.training.dates.TrainingSettings;
import seqstream.training.names.DinosaurNames;
import seqstream.training.names.NamesSettings;
import seqstream.training.names.NamesTraining;
import seqstream.training.trigger.TriggerSettings;
import seqstream.training.trigger.TriggerTraining;

/** {@code seqctl train <model>}: make a bundle under models/ from nothing but code (and, later, the course data). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model and write its bundle (graphs + model.json with the measured figures).")
final class TrainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "dates, names or trigger (names and trigger read SEQSTREAM_DATA)")
    String model;

    @Option(names = "--steps", description = "dates: optimizer steps (default: the committed bundle's).")
    Integer steps;

    @Option(names = "--out", description = "Where to write the bundle (default: models/MODEL).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path bundle = out != null ? out : Paths.bundle(model);
        ModelManifest manifest = switch (model) {
            case "dates" -> trainDates(bundle);
            case "names" -> NamesTraining.run(NamesSettings.FULL, DinosaurNames.load(DinosaurNames.dataDirectory()),
                    bundle, System.out);
            case "trigger" -> TriggerTraining.run(TriggerSettings.FULL, DinosaurNames.dataDirectory(), bundle, System.out);
            default -> throw new IllegalArgumentException("unknown model '" + model + "': trainable are dates, names, trigger");
        };
        System.out.println("wrote " + bundle.toAbsolutePath() + " (figures in model.json: " + manifest.evaluation() + ")");
        return 0;
    }

    private ModelManifest trainDates(Path bundle) throws java.io.IOException {
        TrainingSettings full = TrainingSettings.FULL;
        TrainingSettings settings = steps == null ? full
                : new TrainingSettings(full.seed(), steps, full.batchSize(), full.learningRate());
        return DatesTraining.run(settings, bundle, DatesEvaluation.PER_FAMILY, System.out);
    }
}
