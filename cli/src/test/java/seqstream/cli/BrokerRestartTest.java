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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.ClientSettings;
import seqstream.kafka.embedded.TopicTail;

/**
 * The broker killed mid-run and started again on the same data: the services notice (readiness DOWN), recover
 * by themselves (readiness UP), and every request sent before, during and after the outage is answered.
 */
class BrokerRestartTest {
    private static final int REQUESTS = 3_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void servicesRecoverByThemselvesAndNothingIsLost() throws Exception {
        try (LocalStack stack = LocalStack.start(0, 2, true, new PrintStream(new ByteArrayOutputStream(), true))) {
            Map<String, Integer> answers = new ConcurrentHashMap<>();
            AtomicBoolean listening = new AtomicBoolean(true);
            String kafka = stack.bootstrapServers();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", kafka,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
                    KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka,
                            ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000,
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000), new StringSerializer(), new StringSerializer())) {
                TopicTail.follow(consumer, ClientSettings.of(kafka), List.of(Topics.NAMES_GENERATED), Duration.ofSeconds(30));
                Thread listener = Thread.ofPlatform().start(() -> {
                    while (listening.get()) {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                            answers.merge(r.key(), 1, Integer::sum);
                        }
                    }
                });
                Thread sender = Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < REQUESTS; i++) {
                        producer.send(new ProducerRecord<>(Topics.NAMES_REQUESTS, "outage-" + i, "{\"id\": \"outage-" + i + "\", \"seed\": " + i + "}"));
                        pause(5); // 200 a second: before, during and after the outage
                    }
                    producer.flush();
                });
                pause(3_000);
                stack.broker().kill();
                awaitHealth(stack, "DOWN", Duration.ofSeconds(60));
                pause(5_000);
                stack.broker().restart();
                awaitHealth(stack, "UP", Duration.ofSeconds(120));
                sender.join();
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (answers.size() < REQUESTS && System.nanoTime() < deadline) {
                    pause(100);
                }
                listening.set(false);
                listener.join();
                System.out.printf("broker restart: %d of %d answered, %d duplicates%n", answers.size(), REQUESTS,
                        answers.values().stream().mapToInt(n -> n - 1).sum());
                assertThat(answers).hasSize(REQUESTS);
            }
        }
    }

    /** Until every service's readiness says {@code status} (UP: 200; DOWN: anything else, or no answer in 5 s). */
    private static void awaitHealth(LocalStack stack, String status, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        Set<String> pending = ConcurrentHashMap.newKeySet();
        LocalService.ALL.forEach(s -> pending.add(s.name()));
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            pending.removeIf(service -> readiness(stack.url(service)).equals(status));
            pause(500);
        }
        assertThat(pending).as("services whose readiness is not " + status + " yet").isEmpty();
    }

    private static String readiness(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? "UP" : "DOWN";
        } catch (Exception e) {
            return "DOWN"; // no answer in time fails a probe too, as Kubernetes counts it
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
