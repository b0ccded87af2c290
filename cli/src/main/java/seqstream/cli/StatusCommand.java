package seqstream.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import seqstream.kafka.embedded.ClientSettings;

/**
 * {@code seqctl status}: the stack ./seqctl up started (or the one --stack describes): each service's health,
 * each topic's records, and each service's consumer lag.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the local stack: each service's health and consumer lag, each topic's records.")
final class StatusCommand implements Callable<Integer> {
    static final String KAFKA = "kafka";
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Option(names = "--stack", description = "The stack file ./seqctl up writes (default: target/seqctl-up.properties).")
    Path stackFile;

    static Path defaultStackFile() {
        return Paths.root().resolve("target/seqctl-up.properties");
    }

    @Override
    public Integer call() throws Exception {
        Path file = stackFile != null ? stackFile : defaultStackFile();
        if (!Files.isRegularFile(file)) {
            System.out.println("no stack is running here (" + file + " is missing): start one with ./seqctl up");
            return 1;
        }
        Properties stack = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            stack.load(in);
        }
        String kafka = stack.getProperty(KAFKA);
        Map<String, Long> lag = new HashMap<>();
        Map<String, long[]> topics = new TreeMap<>();
        String kafkaState = describeKafka(kafka, lag, topics);
        System.out.println("kafka " + kafka + ": " + kafkaState);
        System.out.printf("%-18s %-8s %-28s %s%n", "service", "health", "url", "lag");
        boolean allUp = kafkaState.startsWith("up");
        for (LocalService service : LocalService.ALL) {
            String url = stack.getProperty(service.name());
            String health = url == null ? "absent" : health(url);
            allUp &= health.equals("UP");
            Long behind = lag.get(service.name());
            System.out.printf("%-18s %-8s %-28s %s%n", service.name(), health, url == null ? "-" : url,
                    behind == null ? "-" : behind + " records");
        }
        System.out.printf("%n%-24s %10s %12s%n", "topic", "partitions", "records");
        topics.forEach((topic, counts) -> System.out.printf(Locale.ROOT, "%-24s %10d %12d%n", topic, counts[0], counts[1]));
        return allUp ? 0 : 1;
    }

    /** UP, DOWN (with the service's reason in its log) or "not running". */
    private static String health(String url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "q/health/ready")).timeout(WAIT).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? "UP" : "DOWN";
        } catch (IOException e) {
            return "not running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    /** Topics (partitions, records held) and each consumer group's lag, summed over its partitions. */
    private static String describeKafka(String bootstrapServers, Map<String, Long> lag, Map<String, long[]> topics) {
        try (Admin admin = Admin.create(ClientSettings.of(bootstrapServers, "default.api.timeout.ms", (int) WAIT.toMillis(),
                "request.timeout.ms", (int) WAIT.toMillis()))) {
            Set<String> names = admin.listTopics().names().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            described.values().forEach(d -> d.partitions().forEach(p -> {
                latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
                earliest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.earliest());
            }));
            var ends = admin.listOffsets(latest).all().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            var starts = admin.listOffsets(earliest).all().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            ends.forEach((partition, end) -> {
                long[] counts = topics.computeIfAbsent(partition.topic(), t -> new long[2]);
                counts[0]++;
                counts[1] += end.offset() - starts.get(partition).offset();
            });
            for (LocalService service : LocalService.ALL) {
                String group = service.name(); // each service's consumer group is named after it
                Long behind = ConsumerLag.of(admin, group, WAIT);
                if (behind != null) {
                    lag.put(group, behind);
                }
            }
            return "up, " + names.size() + " topics";
        } catch (ExecutionException | TimeoutException e) {
            return "not reachable (" + (e.getCause() != null ? e.getCause().getMessage() : "no answer in " + WAIT.toSeconds() + " s") + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
