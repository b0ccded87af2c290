package seqstream.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.bench.DatesBenchmark;
import seqstream.bench.EmojifyBenchmark;
import seqstream.bench.FaultsReport;
import seqstream.bench.Figure;
import seqstream.bench.JazzBenchmark;
import seqstream.bench.KafkaLoad;
import seqstream.bench.Memory;
import seqstream.bench.NamesBenchmark;
import seqstream.bench.ResultsReport;
import seqstream.bench.TriggerBenchmark;
import seqstream.bench.VectorsBenchmark;
import seqstream.bench.Workload;
import seqstream.bench.Workloads;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.music.JazzSampler;
import seqstream.text.dates.DateTranslator;
import seqstream.text.emoji.Emojifier;
import seqstream.text.names.NameSampler;
import seqstream.vectors.VectorsCache;
import seqstream.vectors.VectorsFile;
import seqstream.vectors.WordVectors;

/**
 * {@code seqctl bench MODEL}: a model's figures in process (one core) and its service's capacity end to end
 * through Kafka, optionally a sustained load on it, in one run, into bench/results/MODEL.md. {@code seqctl bench
 * all}: every model, every service's capacity through Kafka beside a pass-through service's, and a sustained
 * load on each, into bench/RESULTS.md. {@code seqctl bench faults}: each service under load while it and the
 * broker are killed, into bench/results/faults.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark a model in process and end to end through Kafka (bench/results/<model>.md), or everything (bench/RESULTS.md).")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "dates, names, emojify, trigger, vectors, jazz; all (bench/RESULTS.md); faults")
    String model;

    @Option(names = "--seconds", defaultValue = "5", description = "Length of each in-process measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--sustained-minutes",
            description = "How long each service gets 80%% of its capacity through Kafka; 0 skips it (default: 10 with 'all', 0 with one model).")
    Double sustainedMinutes;

    @Option(names = "--fault-minutes", defaultValue = "5",
            description = "With 'faults': how long each service runs under load while the faults are made (default: ${DEFAULT-VALUE}).")
    double faultMinutes;

    /** What each model's in-process benchmark is, which of its figures the capacity table shows, and its unit. */
    private record ModelBench(String service, Callable<List<Figure>> run, int headline, String unit) {
    }

    private final Map<String, ModelBench> models = new LinkedHashMap<>();

    BenchCommand() {
        models.put("dates", new ModelBench("date-translator", this::dates, 1, "dates/s"));
        models.put("names", new ModelBench("name-generator", this::names, 1, "names/s"));
        models.put("emojify", new ModelBench("emojifier", this::emojify, 3, "sentences/s"));
        models.put("vectors", new ModelBench("embedding-lookup", this::vectors, 2, "queries/s"));
        models.put("jazz", new ModelBench("jazz-generator", this::jazz, 1, "solos/s"));
        models.put("trigger", new ModelBench("trigger-detector", this::trigger, 4, "audio-s per CPU-s"));
    }

    @Override
    public Integer call() throws Exception {
        if (model.equals("all")) {
            return all();
        }
        if (model.equals("faults")) {
            return faults();
        }
        ModelBench bench = models.get(model);
        if (bench == null) {
            throw new IllegalArgumentException("unknown benchmark '" + model + "': there are " + String.join(", ", models.keySet())
                    + ", all, faults");
        }
        List<Figure> figures = new ArrayList<>(bench.run().call());
        StringBuilder sustained = new StringBuilder();
        Supplier<Workload> workload = Workloads.of(bench.service());
        try (LocalStack stack = LocalStack.start(0, 1, true, System.err, List.of(LocalService.named(bench.service())))) {
            Figure capacity = capacity(stack.bootstrapServers(), workload);
            figures.add(capacity);
            double minutes = sustainedMinutes == null ? 0 : sustainedMinutes;
            if (minutes > 0) {
                ResultsReport.appendRun(sustained.append('\n'), sustain(stack, workload.get(), capacity, minutes(minutes)));
            }
        }
        Path results = Paths.root().resolve("bench/results/" + model + ".md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, markdown(model, figures) + sustained);
        System.out.println("written to " + Paths.root().relativize(results));
        return 0;
    }

    /** The workload at 80% of the service's capacity for {@code length}. */
    private static KafkaLoad.Sustained sustain(LocalStack stack, Workload w, Figure capacity, Duration length) throws InterruptedException {
        return sustain(stack, w, 0.8 * capacity.perSecond(), length, Duration.ofMinutes(2));
    }

    /** The workload at {@code rate} for {@code length}, the service's memory read every tenth of it; then up to {@code drain} for the last answers. */
    private static KafkaLoad.Sustained sustain(LocalStack stack, Workload w, double rate, Duration length, Duration drain)
            throws InterruptedException {
        System.err.printf(Locale.ROOT, "sustained: %s at %.0f %s per second for %s%n", w.service(), rate, w.unit(), length);
        return KafkaLoad.sustain(stack.bootstrapServers(), w, rate, length, length.dividedBy(10), memory(stack, w.service()), drain);
    }

    /**
     * Each model service alone on a broker, at half its capacity for {@link #faultMinutes}, killed (SIGKILL) and
     * restarted at 20% and 80% of the run, the broker killed and restarted at 50%; into bench/results/faults.md.
     */
    private int faults() throws Exception {
        FaultsReport report = new FaultsReport();
        Path results = Paths.root().resolve("bench/results/faults.md");
        Duration length = minutes(faultMinutes);
        for (Supplier<Workload> workload : Workloads.ALL) {
            String service = workload.get().service();
            try (LocalStack stack = LocalStack.start(0, 1, true, System.err, List.of(LocalService.named(service)))) {
                double capacity = capacity(stack.bootstrapServers(), workload).perSecond();
                List<String> faults = Collections.synchronizedList(new ArrayList<>());
                Thread faulter = Thread.ofPlatform().name("faults").start(() -> makeFaults(stack, service, length, faults));
                KafkaLoad.Sustained run = sustain(stack, workload.get(), capacity / 2, length, Duration.ofMinutes(3));
                faulter.join();
                report.add(new FaultsReport.FaultRun(run, List.copyOf(faults)));
                Files.writeString(results, report.markdown());
            }
        }
        System.out.println("written to " + Paths.root().relativize(results));
        return 0;
    }

    /** The service killed and restarted at 20% and 80% of the run, the broker at 50%; each fault noted with its time. */
    private static void makeFaults(LocalStack stack, String service, Duration length, List<String> faults) {
        long start = System.nanoTime();
        try {
            for (int tenth : new int[] {2, 5, 8}) {
                Thread.sleep(Duration.ofNanos(Math.max(0, start + length.toNanos() * tenth / 10 - System.nanoTime())));
                long at = System.nanoTime();
                if (tenth == 5) {
                    stack.broker().kill();
                    Thread.sleep(5_000);
                    stack.broker().restart();
                    faults.add(String.format(Locale.ROOT, "at %.0f s the broker killed, started again 5 s later", (at - start) / 1e9));
                } else {
                    stack.kill(service);
                    stack.restart(service, new PrintStream(OutputStream.nullOutputStream()));
                    faults.add(String.format(Locale.ROOT, "at %.0f s %s killed, ready again %.1f s later", (at - start) / 1e9, service,
                            (System.nanoTime() - at) / 1e9));
                }
            }
        } catch (Exception e) {
            faults.add("the faults stopped: " + e);
        }
    }

    private static Supplier<Memory> memory(LocalStack stack, String service) {
        return () -> Memory.of(stack.pid(service), URI.create(stack.url(service) + "q/metrics"));
    }

    /**
     * A burst of the workload after an unmeasured one of the same size. Measured here: after a quarter-burst
     * warm-up, the first full burst still ran at half the speed of the next (emojifier 4,500 against 10,300 a
     * second): the service's JIT, and the load generator's.
     */
    private static Figure capacity(String kafka, Supplier<Workload> workload) throws InterruptedException {
        Workload warmUp = workload.get();
        KafkaLoad.burst(kafka, warmUp, warmUp.burst(), Duration.ofMinutes(3));
        Workload measured = workload.get();
        return report(KafkaLoad.burst(kafka, measured, measured.burst(), Duration.ofMinutes(5)));
    }

    private static Duration minutes(double minutes) {
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }

    /**
     * Every model in process; then the model services and the pass-through on one broker: each service's
     * capacity (a burst) beside the pass-through's with the same requests; then each service alone at 80% of
     * its capacity for {@link #sustainedMinutes}. RESULTS.md is rewritten after each step.
     */
    private int all() throws Exception {
        ResultsReport report = new ResultsReport();
        Map<String, Figure> headlines = new LinkedHashMap<>();
        List<LocalService> services = new ArrayList<>();
        for (var entry : models.entrySet()) {
            System.err.println("in process: " + entry.getKey());
            List<Figure> figures = entry.getValue().run().call();
            report.inProcess(entry.getKey(), figures);
            headlines.put(entry.getValue().service(), figures.get(entry.getValue().headline()));
            services.add(LocalService.named(entry.getValue().service()));
        }
        services.add(LocalService.PASS_THROUGH);
        Path results = Paths.root().resolve("bench/RESULTS.md");
        try (LocalStack stack = LocalStack.start(0, 1, true, System.err, services)) {
            String kafka = stack.bootstrapServers();
            Map<Supplier<Workload>, Figure> capacity = new LinkedHashMap<>();
            for (Supplier<Workload> workload : Workloads.ALL) {
                Figure service = capacity(kafka, workload);
                Figure passThrough = capacity(kafka, () -> workload.get().throughPassThrough());
                Workload w = workload.get();
                report.capacity(new ResultsReport.Capacity(w, headlines.get(w.service()), unitOf(w.service()), service, passThrough));
                capacity.put(workload, service);
            }
            Files.writeString(results, report.markdown());
            double minutes = sustainedMinutes == null ? 10 : sustainedMinutes;
            if (minutes > 0) {
                for (var entry : capacity.entrySet()) {
                    report.sustained(sustain(stack, entry.getKey().get(), entry.getValue(), minutes(minutes)));
                    Files.writeString(results, report.markdown());
                }
            }
        }
        System.out.println("written to " + Paths.root().relativize(results));
        return 0;
    }

    private String unitOf(String service) {
        return models.values().stream().filter(m -> m.service().equals(service)).findFirst().orElseThrow().unit();
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

    /** Audio-seconds per CPU-second for 1 to 1,000 streams, streaming and re-scoring a 10 s window every 250 ms, on one ONNX Runtime thread. */
    private List<Figure> trigger() {
        List<Figure> figures = new ArrayList<>();
        try (TriggerScorer scorer = TriggerScorer.load(Paths.bundle(TriggerScorer.MODEL_NAME), new InferenceOptions(Device.CPU, 1),
                new SimpleMeterRegistry())) {
            for (int streams : new int[] {1, 10, 100, 1000}) {
                figures.add(report(TriggerBenchmark.streaming(scorer, streams, seconds)));
                figures.add(report(TriggerBenchmark.windowed(scorer, streams, seconds)));
            }
        }
        return figures;
    }

    /** Exact top-10 neighbours: the SIMD search against a scalar loop, one query and batches of 64. */
    private List<Figure> vectors() throws Exception {
        WordVectors vectors = VectorsFile.read(VectorsCache.defaultFile());
        return List.of(report(VectorsBenchmark.simd(vectors, 1, seconds)), report(VectorsBenchmark.scalar(vectors, 1, seconds)),
                report(VectorsBenchmark.simd(vectors, 64, seconds)), report(VectorsBenchmark.scalar(vectors, 64, seconds)));
    }

    /** Dates translated one at a time and 256 per call, on one ONNX Runtime thread ("on one core", whatever the machine has). */
    private List<Figure> dates() {
        try (DateTranslator translator = DateTranslator.load(Paths.bundle(DateTranslator.MODEL_NAME),
                new InferenceOptions(Device.CPU, 1), new SimpleMeterRegistry())) {
            return List.of(report(DatesBenchmark.inProcess(translator, 1, seconds)), report(DatesBenchmark.inProcess(translator, 256, seconds)));
        }
    }

    /** Sentences emojified one at a time and 256 per call by each model, on one ONNX Runtime thread. */
    private List<Figure> emojify() throws Exception {
        WordVectors vectors = VectorsFile.read(VectorsCache.defaultFile());
        List<Figure> figures = new ArrayList<>();
        for (String name : Emojifier.MODEL_NAMES) {
            try (Emojifier emojifier = Emojifier.load(Paths.bundle(name), name, vectors, new InferenceOptions(Device.CPU, 1),
                    new SimpleMeterRegistry())) {
                figures.add(report(EmojifyBenchmark.inProcess(emojifier, 1, seconds)));
                figures.add(report(EmojifyBenchmark.inProcess(emojifier, 256, seconds)));
            }
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
                .append(" The last line is the service end to end: alone on the embedded broker, a burst of its requests sent at")
                .append(" once (after an unmeasured one), answers per wall second, latency per request from send to answer.")
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
        } else if (model.equals("emojify")) {
            md.append(String.format(Locale.ROOT, "batched / one at a time throughput: v1 %.1fx, v2 %.1fx%n",
                    figures.get(1).perSecond() / figures.get(0).perSecond(), figures.get(3).perSecond() / figures.get(2).perSecond()));
        } else {
            md.append(String.format(Locale.ROOT, "batched / one at a time throughput: %.1fx%n",
                    figures.get(1).perSecond() / figures.get(0).perSecond()));
        }
        return md.toString();
    }

    /** What each benchmark's items and seconds are. */
    private static final Map<String, String> ABOUT = Map.of(
            "dates", "Items are dates.",
            "names", "Items are names.",
            "jazz", "Items are 60-second solos (improvised as MIDI files), then seconds of audio rendered by Gervill.",
            "vectors", "Items are queries: exact top-10 neighbours of a random word over all words; the scalar loop runs on one"
                    + " core, SIMD batches on every core.",
            "emojify", "Items are sentences.",
            "trigger", "Items are seconds of audio; in process, seconds are CPU seconds of the whole process (per second ="
                    + " audio-seconds per CPU-second), latency per round (one 100 ms chunk, or one 250 ms hop, of every"
                    + " stream). End to end: the requests are 100 ms chunks of many streams, answered by their chimed copies.");
}
