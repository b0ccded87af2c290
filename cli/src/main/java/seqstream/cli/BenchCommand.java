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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.bench.DatesBenchmark;
import seqstream.bench.Figure;
import seqstream.bench.NamesBenchmark;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.text.dates.DateTranslator;
import seqstream.text.names.NameSampler;

/** {@code seqctl bench dates}: throughput in process (one core) and end to end through Kafka, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark a model in process and end to end through Kafka; writes bench/results/<model>.md.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "dates or names")
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
            default -> throw new IllegalArgumentException("unknown benchmark '" + model + "': there are dates, names");
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
                .append("In process: one ONNX Runtime thread.")
                .append(model.equals("dates") ? " End to end: dates.raw -> date-translator -> dates.iso on the embedded"
                        + " broker, latency per record from send to answer." : "")
                .append(" Compare figures within one run only.\n\n")
                .append("| measurement | per second | items | seconds | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (Figure f : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %.2f | %.2f | %.2f |%n", f.name(), f.perSecond(),
                    f.items(), f.seconds(), f.p50Millis(), f.p99Millis()));
        }
        md.append(String.format(Locale.ROOT, "%nbatched / one at a time throughput: %.1fx%n",
                figures.get(1).perSecond() / figures.get(0).perSecond()));
        return md.toString();
    }
}
