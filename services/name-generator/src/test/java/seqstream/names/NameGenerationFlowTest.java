package seqstream.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import seqstream.contracts.NameRequest;
import seqstream.contracts.NamesResult;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.KafkaBrokers;
import seqstream.kafka.embedded.KafkaTestResource;

/** The Kafka flow against a real broker: requests in, names out, bad requests to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class NameGenerationFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(KafkaBrokers.sharedBootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void requestsComeBackWithTheirNamesAndBadOnesGoToTheDeadLetterTopic() {
        String seeded = UUID.randomUUID().toString();
        String sameSeed = UUID.randomUUID().toString();
        String prefixed = UUID.randomUUID().toString();
        String unseeded = UUID.randomUUID().toString();
        String badCount = UUID.randomUUID().toString();
        String notJson = UUID.randomUUID().toString();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(record(seeded, new NameRequest(seeded, 20, 1.0, 7L, null).toJson()));
        records.add(record(badCount, "{\"count\": 5000}"));
        records.add(record(sameSeed, new NameRequest(sameSeed, 20, 1.0, 7L, null).toJson()));
        records.add(record(notJson, "names please"));
        records.add(record(prefixed, new NameRequest(prefixed, 5, 0.5, 3L, "tyr").toJson()));
        records.add(record(unseeded, "{\"count\": 3}"));
        kafka.produce(String.class, byte[].class).fromRecords(records).awaitCompletion(WAIT);

        Set<String> good = Set.of(seeded, sameSeed, prefixed, unseeded);
        Map<String, NamesResult> results = kafka.consumeStrings()
                .fromTopics(Topics.NAMES_GENERATED, m -> m.filter(r -> good.contains(r.key())).select().first(good.size()))
                .awaitCompletion(WAIT).getRecords().stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> NamesResult.fromJson(r.value())));
        assertThat(results.get(seeded).names()).hasSize(20).allMatch(n -> n.matches("[A-Z][a-z]*"));
        assertThat(results.get(sameSeed).names()).isEqualTo(results.get(seeded).names());
        assertThat(results.get(prefixed).names()).hasSize(5).allMatch(n -> n.startsWith("Tyr"));
        assertThat(results.get(unseeded).names()).hasSize(3);
        assertThat(results.get(unseeded).seed()).isNotZero();

        Set<String> bad = Set.of(badCount, notJson);
        Map<String, String> reasons = kafka.consume(String.class, byte[].class)
                .fromTopics(Topics.deadLetter(Topics.NAMES_REQUESTS),
                        m -> m.filter(r -> bad.contains(r.key())).select().first(bad.size()))
                .awaitCompletion(WAIT).getRecords().stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> new String(
                        r.headers().lastHeader(Topics.DEAD_LETTER_REASON).value(), StandardCharsets.UTF_8)));
        assertThat(reasons.get(badCount)).contains("'count' is 5000");
        assertThat(reasons.get(notJson)).startsWith("not JSON");
    }

    private static ProducerRecord<String, byte[]> record(String key, String value) {
        return new ProducerRecord<>(Topics.NAMES_REQUESTS, key, value.getBytes(StandardCharsets.UTF_8));
    }
}
