package seqstream.kafka.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Points a consumer at the current end of some topics, so it sees exactly what is written after this call.
 * A topic nobody has written yet is created first (with the broker's defaults): a service's output topic
 * may not exist until its first answer, and the answer to our first request must not be missed.
 */
public final class TopicTail {
    private TopicTail() {
    }

    /** @param client the consumer's own settings (bootstrap servers, security): the topics are created with them */
    public static void follow(Consumer<?, ?> consumer, Map<String, Object> client, Collection<String> topics, Duration timeout)
            throws InterruptedException {
        createMissing(client, topics);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            var found = consumer.partitionsFor(topic, timeout);
            while (found.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100); // a topic just created takes a moment to show in metadata
                found = consumer.partitionsFor(topic, timeout);
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " has no partitions after " + timeout.toSeconds() + " s");
            }
            found.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, not at the first poll
    }

    private static void createMissing(Map<String, Object> client, Collection<String> topics) throws InterruptedException {
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.put("default.api.timeout.ms", 15_000);
        config.put("request.timeout.ms", 5_000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Optional.empty(), Optional.empty())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot reach Kafka at " + client.get("bootstrap.servers") + " ("
                        + e.getCause().getMessage() + "): is it running (./seqctl up)?", e);
            }
        }
    }
}
