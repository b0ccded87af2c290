package seqstream.bench;

/**
 * One measurement: {@code items} (dates, names) done in {@code seconds}, with the median and 99th
 * percentile time of one call (in process) or one record (end to end).
 */
public record Figure(String name, int items, double seconds, double p50Millis, double p99Millis) {
    public double perSecond() {
        return items / seconds;
    }

    static Figure of(String name, int items, double seconds, double[] millis) {
        double[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        return new Figure(name, items, seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static double percentile(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }
}
