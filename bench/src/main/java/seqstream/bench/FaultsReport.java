package seqstream.bench;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * bench/results/faults.md: each service under a steady load while it is killed and restarted and the broker
 * restarted, with what happened when, and whether anything was lost.
 */
public final class FaultsReport {
    /** A sustained run and the faults made during it ("at 60 s: service killed, ready again 7.1 s later"). */
    public record FaultRun(KafkaLoad.Sustained run, List<String> faults) {
    }

    private final String started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private final String machine = Machine.describe();
    private final List<FaultRun> runs = new ArrayList<>();

    public void add(FaultRun run) {
        runs.add(run);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Faults under load\n\n");
        md.append("Written by `./seqctl bench faults`, started ").append(started).append(", on ").append(machine).append(".\n\n")
                .append("Each service alone gets requests at a steady half of its capacity (a burst measured first) on the embedded")
                .append(" broker. During the run the service is killed with SIGKILL and started again twice, and the broker is killed")
                .append(" and started again on its data once. Lost: requests never answered; answered twice: replays of what was")
                .append(" answered but not yet committed when the service died (answers carry the request id, so consumers can drop")
                .append(" them). Latency per interval is of the answers that arrived in it.\n\n");
        for (FaultRun r : runs) {
            ResultsReport.appendRun(md, r.run());
            md.append("Faults: ").append(String.join("; ", r.faults())).append(".\n\n");
        }
        return md.toString();
    }
}
