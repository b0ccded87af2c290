package seqstream.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A service's memory, as its operator sees it: the resident set of its process (what a container limit
 * counts; Linux only), and from its Prometheus metrics the Java heap in use and committed, and the direct
 * buffers (memory outside the heap that only a garbage collection frees). Resident well above committed heap
 * plus direct buffers is native memory: ONNX Runtime's, the JVM's own.
 */
public record Memory(double residentMb, double heapMb, double heapCommittedMb, double directMb) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final double MB = 1024.0 * 1024.0;

    /** Reads them all now; a figure that cannot be read is NaN. */
    public static Memory of(long pid, URI metrics) {
        String text = metricsText(metrics);
        return new Memory(resident(pid), sum(text, "jvm_memory_used_bytes{", "area=\"heap\""),
                sum(text, "jvm_memory_committed_bytes{", "area=\"heap\""), sum(text, "jvm_buffer_memory_used_bytes{", "id=\"direct\""));
    }

    private static double resident(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0; // kB
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return Double.NaN;
    }

    /** The Prometheus text, or null where the service does not answer. */
    private static String metricsText(URI metrics) {
        try {
            return HTTP.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The sum, in MB, of the samples of one metric with one label (a heap's pools, say). */
    private static double sum(String text, String metric, String label) {
        if (text == null) {
            return Double.NaN;
        }
        double bytes = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith(metric) && line.contains(label)) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? bytes / MB : Double.NaN;
    }
}
