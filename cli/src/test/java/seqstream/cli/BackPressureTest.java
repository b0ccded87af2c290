package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import seqstream.audio.Audio;
import seqstream.bench.Figure;
import seqstream.bench.KafkaLoad;
import seqstream.bench.Memory;
import seqstream.bench.Workload;
import seqstream.bench.Workloads;
import seqstream.kafka.embedded.ClientSettings;

/**
 * A burst far beyond what a service takes at once waits in Kafka, not in the service: a service given less
 * heap than the burst's size answers every request of it, while its consumer lag shows the burst queued in the
 * topic. (The services poll the next batch only once the last one's answers are acknowledged, so nothing in
 * them grows with the backlog; a consumer slower than its input is the same case, at a slower pace.)
 */
class BackPressureTest {
    private static final String HEAP = "-Xmx64m";
    private static final int HEAP_MB = 64;
    private static final Duration FINISH = Duration.ofMinutes(4);

    private static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(0, 1, true, new PrintStream(new ByteArrayOutputStream(), true),
                List.of(LocalService.named("trigger-detector").withJvmOptions(HEAP), LocalService.named("date-translator").withJvmOptions(HEAP)));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    /** 40 streams of one-second chunks, 77 MB of audio at once, into a detector with a 64 MB heap. */
    @Test
    void audioBurstLargerThanTheHeap() throws Exception {
        Workload oneSecondChunks = Workloads.trigger(40, Audio.MODEL_RATE, 60);
        long burstMb = (long) oneSecondChunks.burst() * 2 * Audio.MODEL_RATE / (1024 * 1024);
        assertThat(burstMb).as("the burst is larger than the heap").isGreaterThan(HEAP_MB);
        burst(oneSecondChunks);
    }

    /** 50,000 dates at once: about 15 seconds of work queued in the topic. */
    @Test
    void manySmallRequestsAtOnce() throws Exception {
        burst(Workloads.dates().withBurst(50_000));
    }

    /** Sends the whole burst at once; meanwhile samples the service's heap and its consumer lag; every request must be answered. */
    private static void burst(Workload workload) throws Exception {
        String service = workload.service();
        CompletableFuture<Figure> run = CompletableFuture.supplyAsync(() -> {
            try {
                return KafkaLoad.burst(stack.bootstrapServers(), workload, workload.burst(), FINISH);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        URI metrics = URI.create(stack.url(service) + "q/metrics");
        double peakHeap = 0;
        long peakLag = 0;
        try (Admin admin = Admin.create(ClientSettings.of(stack.bootstrapServers()))) {
            while (!run.isDone()) {
                peakHeap = Math.max(peakHeap, Memory.of(stack.pid(service), metrics).heapMb());
                peakLag = Math.max(peakLag, Objects.requireNonNullElse(ConsumerLag.of(admin, service, Duration.ofSeconds(10)), 0L));
                Thread.sleep(200);
            }
        }
        Figure figure = run.get(); // throws if a request went unanswered
        System.out.printf(Locale.ROOT, "back pressure, %s: %d %s at once, all answered in %.1f s; peak lag %d, peak heap %.0f MB of %d%n",
                service, figure.items(), workload.unit(), figure.seconds(), peakLag, peakHeap, HEAP_MB);
        assertThat(figure.items()).isEqualTo(workload.burst());
        assertThat(peakLag).as("the burst waited in the topic").isGreaterThan(workload.burst() / 2);
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.url(service) + "q/health/ready"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(service + " ready after the burst: " + ready.body()).isEqualTo(200);
    }
}
