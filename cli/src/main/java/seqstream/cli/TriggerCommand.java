package seqstream.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.audio.Audio;
import seqstream.audio.Chime;
import seqstream.audio.WavFiles;
import seqstream.audio.trigger.Detector;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.training.trigger.TriggerPicture;

/** {@code seqctl trigger}: hear "activate" in WAV files, in process. */
@Command(name = "trigger", mixinStandardHelpOptions = true, description = "The trigger-word detector, in process.",
        subcommands = {TriggerCommand.Detect.class, TriggerCommand.ChimeCommand.class, TriggerCommand.Plot.class})
final class TriggerCommand {

    static TriggerScorer load(ModelOptions model) {
        return TriggerScorer.load(model.bundle(TriggerScorer.MODEL_NAME), model.inference(), ModelOptions.registry());
    }

    @Command(name = "detect", mixinStandardHelpOptions = true,
            description = "One line per detection: <file>\\t<seconds at which the word ended>\\t<score>.")
    static final class Detect implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.wav", arity = "1..*")
        List<Path> files = new ArrayList<>();

        @Mixin
        ModelOptions model;

        @Override
        public Integer call() throws Exception {
            try (TriggerScorer scorer = load(model)) {
                for (Path file : files) {
                    for (Detector.Detection d : scorer.detections(WavFiles.read(file))) {
                        System.out.printf(Locale.ROOT, "%s\t%.2f\t%.3f%n", file, d.seconds(), d.score());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "chime", mixinStandardHelpOptions = true,
            description = "The course's final output: IN.wav with a chime right after each detection, as OUT.wav.")
    static final class ChimeCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "IN.wav")
        Path in;

        @Parameters(index = "1", paramLabel = "OUT.wav")
        Path out;

        @Mixin
        ModelOptions model;

        @Override
        public Integer call() throws Exception {
            Audio audio = WavFiles.read(in);
            float[] mixed = audio.samples().clone();
            float[] chime = Chime.synthesize(audio.sampleRate());
            try (TriggerScorer scorer = load(model)) {
                for (Detector.Detection d : scorer.detections(audio)) {
                    Chime.mixInto(mixed, chime, (int) Math.round(d.seconds() * audio.sampleRate()));
                    System.out.printf(Locale.ROOT, "chime at %.2f s (score %.3f)%n", d.seconds(), d.score());
                }
            }
            WavFiles.write(new Audio(mixed, audio.sampleRate()), out);
            return 0;
        }
    }

    @Command(name = "plot", mixinStandardHelpOptions = true,
            description = "One picture of FILE.wav: spectrogram, score curve with the threshold, and detections.")
    static final class Plot implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.wav")
        Path in;

        @Option(names = "--png", required = true, paramLabel = "OUT.png", description = "Where the picture goes.")
        Path png;

        @Mixin
        ModelOptions model;

        @Override
        public Integer call() throws Exception {
            try (TriggerScorer scorer = load(model)) {
                List<Detector.Detection> detections = TriggerPicture.write(scorer, WavFiles.read(in),
                        in.getFileName() + " (" + scorer.modelId() + ")", png);
                System.out.printf(Locale.ROOT, "%s: %d detection(s); picture in %s%n", in, detections.size(), png);
            }
            return 0;
        }
    }
}
