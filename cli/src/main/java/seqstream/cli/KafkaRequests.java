package seqstream.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.ClientSettings;
import seqstream.kafka.embedded.TopicTail;

/**
 * Request and answer through a service's topics ({@code --remote}): each request goes to the input topic
 * under a key of its own; its answer is read back from the output topic or, when the service refused it,
 * from the input topic's dead-letter topic.
 */
final class KafkaRequests implements AutoCloseable {
    /** The service's answer (JSON), or the reason it refused the request. */
    record Reply(String json, String refusal) {
    }

    private final String inputTopic;
    private final String outputTopic;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Duration timeout;
    private final String session = UUID.randomUUID().toString();
    private long sent;

    KafkaRequests(String bootstrapServers, String inputTopic, String outputTopic, int timeoutSeconds) {
        this.inputTopic = inputTopic;
        this.outputTopic = outputTopic;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
        producer = new KafkaProducer<>(ClientSettings.of(bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000), new StringSerializer(), new StringSerializer());
        consumer = new KafkaConsumer<>(ClientSettings.of(bootstrapServers, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        try {
            // Only answers to what we send from now on.
            TopicTail.follow(consumer, ClientSettings.of(bootstrapServers), List.of(outputTopic, Topics.deadLetter(inputTopic)), timeout);
        } catch (InterruptedException | RuntimeException e) {
            close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while connecting to Kafka");
            }
            throw (RuntimeException) e;
        }
    }

    /** A fresh key for the next request: answers are matched to requests by key. */
    String nextKey() {
        return session + "-" + sent++;
    }

    /** Sends the requests (key -> JSON) and waits for every reply; replies come back in the order of the keys. */
    List<Reply> call(Map<String, String> requests) {
        for (var request : requests.entrySet()) {
            producer.send(new ProducerRecord<>(inputTopic, request.getKey(), request.getValue()));
        }
        producer.flush();
        Map<String, Reply> replies = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (replies.size() < requests.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no answer to " + (requests.size() - replies.size()) + " of "
                        + requests.size() + " requests after " + timeout.toSeconds() + " s: is the stack running (./seqctl up)?");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.key() != null && requests.containsKey(record.key())) {
                    replies.put(record.key(), record.topic().equals(outputTopic) ? new Reply(record.value(), null)
                            : new Reply(null, reason(record)));
                }
            }
        }
        return requests.keySet().stream().map(replies::get).toList();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(Topics.DEAD_LETTER_REASON);
        return header == null ? "refused by the service" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
    }
}
