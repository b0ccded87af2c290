package seqstream.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import seqstream.contracts.DateRequest;
import seqstream.contracts.DateResult;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.TopicTail;

/**
 * {@code seqctl dates --remote}: each line goes to dates.raw under an id of its own; the answers are read
 * back from dates.iso and, for lines the service refused, from dates.raw.dlq.
 */
final class RemoteDates implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Duration timeout;
    private final String session = UUID.randomUUID().toString();
    private long sent;

    RemoteDates(String bootstrapServers, int timeoutSeconds) {
        this.timeout = Duration.ofSeconds(timeoutSeconds);
        Map<String, Object> common = Map.of("bootstrap.servers", bootstrapServers, "client.id", "seqctl-dates");
        Map<String, Object> producerConfig = new HashMap<>(common);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
        Map<String, Object> consumerConfig = new HashMap<>(common);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
        try {
            // Only answers to what we send from now on.
            TopicTail.follow(consumer, bootstrapServers, List.of(Topics.DATES_ISO, Topics.deadLetter(Topics.DATES_RAW)),
                    timeout);
        } catch (InterruptedException | RuntimeException e) {
            close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while connecting to Kafka");
            }
            throw (RuntimeException) e;
        }
    }

    List<DatesCommand.Answer> translate(List<String> lines) throws Exception {
        List<String> ids = new ArrayList<>();
        Map<String, DatesCommand.Answer> answers = new HashMap<>();
        for (String line : lines) {
            String id = session + "-" + sent++;
            ids.add(id);
            String error = DatesCommand.validate(line);
            String value = error == null ? new DateRequest(id, line).toJson() : seqstream.contracts.Json.write(
                    Map.of("id", id, "text", line)); // the service refuses it too, and says why
            producer.send(new ProducerRecord<>(Topics.DATES_RAW, id, value));
        }
        producer.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (answers.size() < ids.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no answer for " + (ids.size() - answers.size()) + " of " + ids.size()
                        + " lines after " + timeout.toSeconds() + " s: is the stack running (./seqctl up)?");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.key() == null || !record.key().startsWith(session)) {
                    continue;
                }
                answers.put(record.key(), record.topic().equals(Topics.DATES_ISO) ? fromResult(record.value())
                        : new DatesCommand.Answer(null, 0, reason(record)));
            }
        }
        return ids.stream().map(answers::get).toList();
    }

    private static DatesCommand.Answer fromResult(String json) {
        DateResult result = DateResult.fromJson(json);
        return new DatesCommand.Answer(result.valid() ? result.iso() : null, result.confidence(), null);
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
