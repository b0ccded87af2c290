package seqstream.bench;

import java.util.List;
import seqstream.text.names.NameSampler;
import seqstream.text.names.NameSpec;

/** Names per second: many names sampled together (one step-graph call per character for all) against one at a time. */
public final class NamesBenchmark {
    private NamesBenchmark() {
    }

    /** Samples {@code batch} names per call, calls repeated for at least {@code seconds} after a warm-up. */
    public static Figure sample(NameSampler sampler, int batch, double seconds) {
        return Repeat.calls(batch == 1 ? "one name at a time" : batch + " names per batch", 3, seconds,
                call -> sampler.sample(List.of(new NameSpec(batch, 1.0, call, ""))).getFirst().size());
    }
}
