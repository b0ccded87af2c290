package seqstream.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import seqstream.contracts.NameRequest;
import seqstream.contracts.NamesResult;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.FlowTopics;
import seqstream.kafka.embedded.KafkaTestResource;

/** The Kafka flow against a real broker: requests in, names out, bad requests to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class NameGenerationFlowTest {
    @AutoClose
    private final FlowTopics kafka = new FlowTopics();

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
        kafka.send(records);

        Map<String, NamesResult> results = new HashMap<>();
        kafka.answers(Topics.NAMES_GENERATED, Set.of(seeded, sameSeed, prefixed, unseeded))
                .forEach((id, json) -> results.put(id, NamesResult.fromJson(json)));
        assertThat(results.get(seeded).names()).hasSize(20).allMatch(n -> n.matches("[A-Z][a-z]*"));
        assertThat(results.get(sameSeed).names()).isEqualTo(results.get(seeded).names());
        assertThat(results.get(prefixed).names()).hasSize(5).allMatch(n -> n.startsWith("Tyr"));
        assertThat(results.get(unseeded).names()).hasSize(3);
        assertThat(results.get(unseeded).seed()).isNotZero();

        Map<String, String> reasons = kafka.deadLetterReasons(Topics.NAMES_REQUESTS, Set.of(badCount, notJson));
        assertThat(reasons.get(badCount)).contains("'count' is 5000");
        assertThat(reasons.get(notJson)).startsWith("not JSON");
    }

    private static ProducerRecord<String, byte[]> record(String key, String value) {
        return new ProducerRecord<>(Topics.NAMES_REQUESTS, key, value.getBytes(StandardCharsets.UTF_8));
    }
}
