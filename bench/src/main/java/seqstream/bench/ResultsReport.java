package seqstream.bench;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * bench/RESULTS.md: every service's figures from one run of {@code ./seqctl bench all}. Filled in as the run
 * goes, so a long run written out half way still says what it measured.
 */
public final class ResultsReport {
    /** One service's capacity: its best in-process figure (in its unit), and its burst through the service and through the pass-through. */
    public record Capacity(Workload workload, Figure inProcess, String inProcessUnit, Figure service, Figure passThrough) {
    }

    private final String started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private final String machine = Machine.describe();
    private final Map<String, List<Figure>> inProcess = new LinkedHashMap<>();
    private final List<Capacity> capacities = new ArrayList<>();
    private final List<KafkaLoad.Sustained> sustained = new ArrayList<>();

    public void inProcess(String model, List<Figure> figures) {
        inProcess.put(model, figures);
    }

    public void capacity(Capacity capacity) {
        capacities.add(capacity);
    }

    public void sustained(KafkaLoad.Sustained run) {
        sustained.add(run);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# seqstream benchmark results\n\n");
        md.append("Written by `./seqctl bench all`, started ").append(started).append(".\n\n")
                .append("Machine: ").append(machine).append(".\n")
                .append("Kafka: the embedded broker (one KRaft broker in a child JVM, one partition per topic). Every service runs in a")
                .append(" JVM of its own on the same machine, sharing its cores with the broker and with the load generator,")
                .append(" so figures compare with each other within this run, not with other machines.\n\n");
        capacityTable(md);
        sustainedTables(md);
        inProcessTables(md);
        return md.toString();
    }

    private void capacityTable(StringBuilder md) {
        md.append("## Capacity: the model, the service, and Kafka alone\n\n")
                .append("In process: the model's best figure on one ONNX Runtime thread (details below). Through the service: a burst of")
                .append(" requests sent at once to the service's input topic, answers per wall second and latency per request from send")
                .append(" to answer. Pass-through: the same requests through a service that copies each record to its output with no")
                .append(" model (bench/passthrough: same Quarkus, consumer, producer and commit settings), in the same run; its figure is")
                .append(" what Kafka and the framework cost, the rest is the model's.\n\n")
                .append("| service | requests | in process | through the service /s | p50 ms | p99 ms | pass-through /s | p50 ms | p99 ms |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Capacity c : capacities) {
            md.append(String.format(Locale.ROOT, "| %s | %d %s | %s: %.0f %s | %.0f | %.1f | %.1f | %.0f | %.1f | %.1f |%n",
                    c.workload().service(), c.service().items(), c.workload().unit(), c.inProcess().name(), c.inProcess().perSecond(),
                    c.inProcessUnit(),
                    c.service().perSecond(), c.service().p50Millis(), c.service().p99Millis(), c.passThrough().perSecond(),
                    c.passThrough().p50Millis(), c.passThrough().p99Millis()));
        }
        md.append('\n');
    }

    private void sustainedTables(StringBuilder md) {
        if (sustained.isEmpty()) {
            return;
        }
        md.append("## Sustained load: 80% of capacity\n\n")
                .append("Each service alone gets requests at a steady 80% of the rate it reached through the service above. Per")
                .append(" interval: requests sent and answered, latency of the answers that arrived in it, and the service's memory at")
                .append(" its end (resident set of the process; Java heap in use and committed; direct buffers). Lost: requests still unanswered after the run.\n\n");
        for (KafkaLoad.Sustained run : sustained) {
            appendRun(md, run);
        }
    }

    /** One sustained run: a heading with its rate and what was lost or repeated, then a row per interval. */
    public static void appendRun(StringBuilder md, KafkaLoad.Sustained run) {
        md.append(String.format(Locale.ROOT, "### %s: %.0f %s per second, %d sent, %d lost, %d answered twice%s%n%n",
                run.workload().service(), run.perSecond(), run.workload().unit(), run.sent(), run.lost(), run.repeats(),
                run.failedSends() == 0 ? "" : ", " + run.failedSends() + " never taken by Kafka from the load generator"))
                .append("| at s | sent | answered | p50 ms | p99 ms | resident MB | heap used MB | heap committed MB | direct buffers MB |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (KafkaLoad.Interval i : run.intervals()) {
            md.append(String.format(Locale.ROOT, "| %.0f | %d | %d | %.1f | %.1f | %.0f | %.0f | %.0f | %.1f |%n", i.endSeconds(), i.sent(),
                    i.answered(), i.p50Millis(), i.p99Millis(), i.memory().residentMb(), i.memory().heapMb(),
                    i.memory().heapCommittedMb(), i.memory().directMb()));
        }
        md.append('\n');
    }

    private void inProcessTables(StringBuilder md) {
        md.append("## In process, every figure\n\n")
                .append("One ONNX Runtime thread (the vectors' batches use every core). Trigger: items are audio-seconds and seconds")
                .append(" are CPU-seconds of the whole process. p50/p99 are per call.\n\n");
        inProcess.forEach((model, figures) -> {
            md.append("### ").append(model).append("\n\n| measurement | per second | items | seconds | p50 ms | p99 ms |\n")
                    .append("|---|---:|---:|---:|---:|---:|\n");
            for (Figure f : figures) {
                md.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %.2f | %.2f | %.2f |%n", f.name(), f.perSecond(), f.items(),
                        f.seconds(), f.p50Millis(), f.p99Millis()));
            }
            md.append('\n');
        });
    }
}
