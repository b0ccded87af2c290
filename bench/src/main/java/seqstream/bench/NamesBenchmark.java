package seqstream.bench;

import java.util.List;
import java.util.ArrayList;
import seqstream.text.names.NameSampler;
import seqstream.text.names.NameSpec;

/** Names per second: many names sampled together (one step-graph call per character for all) against one at a time. */
public final class NamesBenchmark {
    private NamesBenchmark() {
    }

    /** Samples {@code batch} names per call, calls repeated for at least {@code seconds} after a warm-up. */
    public static Figure sample(NameSampler sampler, int batch, double seconds) {
        long seed = 0;
        for (int i = 0; i < 3; i++) {
            sampler.sample(List.of(new NameSpec(batch, 1.0, seed++, "")));
        }
        int names = 0;
        List<Double> millis = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now = start;
        while (now < end) {
            names += sampler.sample(List.of(new NameSpec(batch, 1.0, seed++, ""))).getFirst().size();
            long after = System.nanoTime();
            millis.add((after - now) / 1e6);
            now = after;
        }
        return Figure.of(batch == 1 ? "one name at a time" : batch + " names per batch", names, (now - start) / 1e9,
                millis.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
