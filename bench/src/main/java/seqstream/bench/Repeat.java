package seqstream.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** The one in-process measurement loop: a call repeated for a while after a warm-up, each call timed. */
final class Repeat {
    private Repeat() {
    }

    /**
     * Calls {@code call} {@code warmUps} times untimed (the JIT, ONNX Runtime's first calls), then again and
     * again for at least {@code seconds}.
     *
     * @param call given the call's number (negative in the warm-up), does the work and says how many items it did
     */
    static Figure calls(String name, int warmUps, double seconds, IntUnaryOperator call) {
        for (int i = 1; i <= warmUps; i++) {
            call.applyAsInt(-i);
        }
        List<Double> millis = new ArrayList<>();
        int items = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now = start;
        for (int i = 0; now < end; i++) {
            items += call.applyAsInt(i);
            long after = System.nanoTime();
            millis.add((after - now) / 1e6);
            now = after;
        }
        return Figure.of(name, items, (now - start) / 1e9, millis.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
