package seqstream.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.bench.DatesBenchmark;
import seqstream.bench.Figure;
import seqstream.bench.JazzBenchmark;
import seqstream.bench.NamesBenchmark;
import seqstream.bench.TriggerBenchmark;
import seqstream.bench.VectorsBenchmark;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.music.JazzSampler;
import seqstream.text.dates.DateTranslator;
import seqstream.text.names.NameSampler;
import seqstream.vectors.VectorsCache;
import seqstream.vectors.VectorsFile;
import seqstream.vectors.WordVectors;

/** {@code seqctl bench dates}: throughput in process (one core) and end to end through Kafka, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark a model in process and end to end through Kafka; writes bench/results/<model>.md.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "dates, names, trigger, vectors or jazz")
    String model;

    @Option(names = "--seconds", defaultValue = "5", description = "Length of each in-process measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--count", defaultValue = "20000", description = "Dates sent end to end (default: ${DEFAULT-VALUE}).")
    int count;

    @Override
    public Integer call() throws Exception {
        List<Figure> figures = switch (model) {
            case "dates" -> dates();
            case "names" -> names();
            case "trigger" -> trigger();
            case "vectors" -> vectors();
            case "jazz" -> jazz();
            default -> throw new IllegalArgumentException("unknown benchmark '" + model + "': there are dates, names, trigger, vectors, jazz");
        };
        Path results = Paths.root().resolve("bench/results/" + model + ".md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, markdown(model, figures));
        System.out.println("written to " + Paths.root().relativize(results));
        return 0;
    }

    /** Names per second sampled 256 at a time and one at a time, on one ONNX Runtime thread. */
    private List<Figure> names() {
        List<Figure> figures = new ArrayList<>();
        try (NameSampler sampler = NameSampler.load(Paths.bundle(NameSampler.MODEL_NAME), new InferenceOptions(Device.CPU, 1),
                new SimpleMeterRegistry())) {
            figures.add(report(NamesBenchmark.sample(sampler, 1, seconds)));
            figures.add(report(NamesBenchmark.sample(sampler, 256, seconds)));
        }
        return figures;
    }

    /** A minute of music improvised one solo and 16 solos per call, on one ONNX Runtime thread; then rendered to WAV. */
    private List<Figure> jazz() {
        try (JazzSampler sampler = JazzSampler.load(Paths.bundle(JazzSampler.MODEL_NAME), new InferenceOptions(Device.CPU, 1),
                new SimpleMeterRegistry())) {
            return List.of(report(JazzBenchmark.improvise(sampler, 1, seconds)), report(JazzBenchmark.improvise(sampler, 16, seconds)),
                    report(JazzBenchmark.render(sampler, seconds)));
        }
    }

    /**
     * Audio-seconds per CPU-second for 1 to 1,000 streams, streaming and re-scoring a 10 s window every 250 ms,
     * on one ONNX Runtime thread; then 100 streams end to end through Kafka.
     */
    private List<Figure> trigger() throws Exception {
        List<Figure> figures = new ArrayList<>();
        try (TriggerScorer scorer = TriggerScorer.load(Paths.bundle(TriggerScorer.MODEL_NAME), new InferenceOptions(Device.CPU, 1),
                new SimpleMeterRegistry())) {
            for (int streams : new int[] {1, 10, 100, 1000}) {
                figures.add(report(TriggerBenchmark.streaming(scorer, streams, seconds)));
                figures.add(report(TriggerBenchmark.windowed(scorer, streams, seconds)));
            }
        }
        try (LocalStack stack = LocalStack.start(0, 1, true, System.err)) {
            TriggerBenchmark.endToEnd(stack.bootstrapServers(), 10, 5, Duration.ofMinutes(2)); // warm-up
            figures.add(report(TriggerBenchmark.endToEnd(stack.bootstrapServers(), 100, 10, Duration.ofMinutes(5))));
        }
        return figures;
    }

    /** Exact top-10 neighbours: the SIMD search against a scalar loop, one query and batches of 64. */
    private List<Figure> vectors() throws Exception {
        WordVectors vectors = VectorsFile.read(VectorsCache.defaultFile());
        return List.of(report(VectorsBenchmark.simd(vectors, 1, seconds)), report(VectorsBenchmark.scalar(vectors, 1, seconds)),
                report(VectorsBenchmark.simd(vectors, 64, seconds)), report(VectorsBenchmark.scalar(vectors, 64, seconds)));
    }

    private List<Figure> dates() throws Exception {
        List<Figure> figures = new ArrayList<>();
        // One intra-op thread: "on one core", whatever the machine has.
        try (DateTranslator translator = DateTranslator.load(Paths.bundle(DateTranslator.MODEL_NAME),
                new InferenceOptions(Device.CPU, 1), new SimpleMeterRegistry())) {
            figures.add(report(DatesBenchmark.inProcess(translator, 1, seconds)));
            figures.add(report(DatesBenchmark.inProcess(translator, 256, seconds)));
        }
        try (LocalStack stack = LocalStack.start(0, 1, true, System.err)) {
            DatesBenchmark.endToEnd(stack.bootstrapServers(), 1000, Duration.ofMinutes(2)); // warm-up
            figures.add(report(DatesBenchmark.endToEnd(stack.bootstrapServers(), count, Duration.ofMinutes(5))));
        }
        return figures;
    }

    private static Figure report(Figure f) {
        System.out.println(line(f));
        return f;
    }

    private static String line(Figure f) {
        return String.format(Locale.ROOT, "%-28s %9.0f /s   (%d in %.2f s; per call/record p50 %.2f ms, p99 %.2f ms)",
                f.name(), f.perSecond(), f.items(), f.seconds(), f.p50Millis(), f.p99Millis());
    }

    private static String markdown(String model, List<Figure> figures) {
        StringBuilder md = new StringBuilder("# " + model + " benchmark\n\n");
        md.append("Run ").append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" by `./seqctl bench ").append(model).append("` on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(".\n")
                .append(model.equals("vectors") ? "" : "In process: one ONNX Runtime thread. ").append(ABOUT.get(model))
                .append(" Compare figures within one run only.\n\n")
                .append("| measurement | per second | items | seconds | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (Figure f : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %.2f | %.2f | %.2f |%n", f.name(), f.perSecond(),
                    f.items(), f.seconds(), f.p50Millis(), f.p99Millis()));
        }
        md.append('\n');
        if (model.equals("trigger")) {
            for (int i = 0; i + 1 < figures.size() - 1; i += 2) {
                md.append(String.format(Locale.ROOT, "%s: %.1fx cheaper than re-scoring the window%n", figures.get(i).name(),
                        figures.get(i).perSecond() / figures.get(i + 1).perSecond()));
            }
        } else if (model.equals("jazz")) {
            md.append(String.format(Locale.ROOT, "60 s of music improvised in %.1f ms (p50, one solo; target <= 100 ms, WAV excluded);"
                    + " WAV rendering %.0fx faster than real time (target >= 20x)%n", figures.get(0).p50Millis(), figures.get(2).perSecond()));
        } else if (model.equals("vectors")) {
            md.append(String.format(Locale.ROOT, "SIMD / scalar, one query: %.1fx; batches of 64: %.1fx%n",
                    figures.get(0).perSecond() / figures.get(1).perSecond(), figures.get(2).perSecond() / figures.get(3).perSecond()));
        } else {
            md.append(String.format(Locale.ROOT, "batched / one at a time throughput: %.1fx%n",
                    figures.get(1).perSecond() / figures.get(0).perSecond()));
        }
        return md.toString();
    }

    /** What each benchmark's items and seconds are. */
    private static final Map<String, String> ABOUT = Map.of(
            "dates", "Items are dates. End to end: dates.raw -> date-translator -> dates.iso on the embedded broker,"
                    + " latency per record from send to answer.",
            "names", "Items are names.",
            "jazz", "Items are 60-second solos (improvised as MIDI files), then seconds of audio rendered by Gervill.",
            "vectors", "Items are queries: exact top-10 neighbours of a random word over all words; the scalar loop runs on one"
                    + " core, SIMD batches on every core.",
            "trigger", "Items are seconds of audio; in process, seconds are CPU seconds of the whole process (per second ="
                    + " audio-seconds per CPU-second), latency per round (one 100 ms chunk, or one 250 ms hop, of every"
                    + " stream). End to end: audio.chunks -> trigger-detector -> audio.chimed on the embedded broker, wall"
                    + " seconds, latency per chunk from send to its chimed copy.");
}
