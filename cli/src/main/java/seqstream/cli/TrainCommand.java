package seqstream.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.inference.ModelManifest;
import seqstream.training.dates.DatesEvaluation;
import seqstream.training.dates.DatesTraining;
import seqstream.training.dates.TrainingSettings;
import seqstream.training.emoji.EmojiTraining;
import seqstream.training.jazz.JazzSettings;
import seqstream.training.jazz.JazzTraining;
import seqstream.training.names.DinosaurNames;
import seqstream.training.names.NamesSettings;
import seqstream.training.names.NamesTraining;
import seqstream.training.trigger.TriggerSettings;
import seqstream.training.trigger.TriggerTraining;
import seqstream.vectors.VectorsCache;
import seqstream.vectors.VectorsFile;
import seqstream.vectors.WordVectors;

/** {@code seqctl train <model>}: make a bundle under models/ from nothing but code (and, later, the course data). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model and write its bundle (graphs + model.json with the measured figures).")
final class TrainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "dates, names, trigger, emojify or jazz (all but dates read SEQSTREAM_DATA;"
            + " emojify writes emojify-v1 and emojify-v2 and needs the word vectors)")
    String model;

    @Option(names = "--steps", description = "dates: optimizer steps (default: the committed bundle's).")
    Integer steps;

    @Option(names = "--members", split = ",", paramLabel = "UNITSxEPOCHS", description = "trigger: the member models, e.g."
            + " 256x36 for one GRU 256 trained for 36 epochs (default: the committed bundle's, 256x36,256x72,384x36).")
    List<String> members;

    @Option(names = "--seed", description = "trigger: another seed for the voices, clips and weights, everything else the"
            + " committed recipe's (default: the committed bundle's, 7); a second seed tells a recipe's gain from run-to-run noise.")
    Long seed;

    @Option(names = "--parallel", paramLabel = "N", description = "trigger: member models trained at once, each in a JVM of its"
            + " own holding its epoch's clips (about 7 GB at the committed recipe; default: one a core, at most the members).")
    Integer parallel;

    @Option(names = "--out", description = "Where to write the bundle (default: models/MODEL; emojify: the folder for both).")
    Path out;

    @Override
    public Integer call() throws Exception {
        requireTrigger("--members", members);
        requireTrigger("--parallel", parallel);
        requireTrigger("--seed", seed);
        if (model.equals("emojify")) {
            return trainEmojify();
        }
        Path bundle = out != null ? out : Paths.bundle(model);
        ModelManifest manifest = switch (model) {
            case "dates" -> trainDates(bundle);
            case "names" -> NamesTraining.run(NamesSettings.FULL, DinosaurNames.load(DinosaurNames.dataDirectory()),
                    bundle, System.out);
            case "trigger" -> TriggerTraining.run(triggerSettings(), DinosaurNames.dataDirectory(), bundle,
                    parallel != null ? parallel : Runtime.getRuntime().availableProcessors(), System.out);
            case "jazz" -> JazzTraining.run(JazzSettings.FULL, DinosaurNames.dataDirectory(), bundle, System.out);
            default -> throw new IllegalArgumentException("unknown model '" + model + "': trainable are dates, names, trigger, emojify, jazz");
        };
        System.out.println("wrote " + bundle.toAbsolutePath() + " (figures in model.json: " + manifest.evaluation() + ")");
        return 0;
    }

    /** Refuses an option of the trigger's recipe given for another model. */
    private void requireTrigger(String option, Object value) {
        if (value != null && !model.equals("trigger")) {
            throw new IllegalArgumentException(option + " is for trigger, not " + model);
        }
    }

    /** The committed recipe, with other member models where --members names them and another seed where --seed gives one. */
    private TriggerSettings triggerSettings() {
        TriggerSettings settings = members == null ? TriggerSettings.FULL
                : TriggerSettings.FULL.withMembers(members.stream().map(TriggerSettings.Member::parse).toList());
        return seed == null ? settings : settings.withSeed(seed);
    }

    /** Both emojify models, each into its own bundle. */
    private int trainEmojify() throws java.io.IOException {
        WordVectors vectors = VectorsFile.read(VectorsCache.defaultFile());
        for (EmojiTraining.Settings settings : List.of(EmojiTraining.Settings.V1, EmojiTraining.Settings.V2)) {
            Path bundle = out != null ? out.resolve(settings.bundleName()) : Paths.bundle(settings.bundleName());
            ModelManifest manifest = EmojiTraining.run(settings, DinosaurNames.dataDirectory(), vectors, bundle, System.out);
            System.out.println("wrote " + bundle.toAbsolutePath() + " (test accuracy " + manifest.evaluation().get("test_accuracy") + ")");
        }
        return 0;
    }

    private ModelManifest trainDates(Path bundle) throws java.io.IOException {
        TrainingSettings full = TrainingSettings.FULL;
        TrainingSettings settings = steps == null ? full
                : new TrainingSettings(full.seed(), steps, full.batchSize(), full.learningRate());
        return DatesTraining.run(settings, bundle, DatesEvaluation.PER_FAMILY, System.out);
    }
}
