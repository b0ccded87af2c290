package seqstream.kafka.embedded;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import seqstream.contracts.Topics;

/**
 * What a service's Kafka-flow test does with the shared test broker: send records, then wait for the answers
 * and the dead letters of given keys. Other tests' records on the same topics are ignored by key.
 */
public final class FlowTopics implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(60);

    private final KafkaCompanion kafka = new KafkaCompanion(KafkaBrokers.sharedBootstrapServers());

    /** Sends string values as UTF-8 bytes, keyed, to one topic, in order. */
    public void send(String topic, Map<String, String> values) {
        send(values.entrySet().stream()
                .map(e -> new ProducerRecord<>(topic, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8))).toList());
    }

    public void send(List<ProducerRecord<String, byte[]>> records) {
        kafka.produce(String.class, byte[].class).fromRecords(records).awaitCompletion(WAIT);
    }

    /** The first record of each key on {@code topic}, values as text. */
    public Map<String, String> answers(String topic, Set<String> keys) {
        return kafka.consumeStrings()
                .fromTopics(topic, m -> m.filter(r -> keys.contains(r.key())).select().first(keys.size()))
                .awaitCompletion(WAIT).getRecords().stream()
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
    }

    /** The dead letters of each key on {@code inputTopic}'s dead-letter topic, as they were sent. */
    public List<ConsumerRecord<String, byte[]>> deadLetters(String inputTopic, Set<String> keys) {
        return kafka.consume(String.class, byte[].class)
                .fromTopics(Topics.deadLetter(inputTopic), m -> m.filter(r -> keys.contains(r.key())).select().first(keys.size()))
                .awaitCompletion(WAIT).getRecords();
    }

    /** Key -> why it was refused. */
    public Map<String, String> deadLetterReasons(String inputTopic, Set<String> keys) {
        return deadLetters(inputTopic, keys).stream().collect(Collectors.toMap(ConsumerRecord::key, FlowTopics::reason));
    }

    public static String reason(ConsumerRecord<?, ?> letter) {
        return new String(letter.headers().lastHeader(Topics.DEAD_LETTER_REASON).value(), StandardCharsets.UTF_8);
    }

    /** For what the methods above do not cover (headers, byte values). */
    public KafkaCompanion companion() {
        return kafka;
    }

    @Override
    public void close() {
        kafka.close();
    }
}
