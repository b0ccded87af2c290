package seqstream.emojify;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import seqstream.contracts.EmojifiedText;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.FlowTopics;
import seqstream.kafka.embedded.KafkaTestResource;

/** The Kafka flow against a real broker: sentences in, emoji out under their ids, bad messages to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = GloveVectorsResource.class, restrictToAnnotatedClass = true)
class EmojifyFlowTest {
    @AutoClose
    private final FlowTopics kafka = new FlowTopics();

    @Test
    void sentencesComeOutEmojifiedAndBadOnesGoToTheDeadLetterTopic() {
        String[][] good = {{"I want to eat some food", "🍴"}, {"lets play baseball", "⚾"}, {"I love you so much", "❤️"}};
        String[][] bad = {{"{\"text\": \"\"}", "'text' is empty"}, {"{\"text\": 42}", "must be a string"},
            {"{\"text\": \"zzxqv!! qqxzv\"}", "no word of 'text'"}, {"{oops", "not JSON"}};
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String[] g : good) {
                String id = UUID.randomUUID().toString();
                expected.put(id, g[1]);
                records.add(new ProducerRecord<>(Topics.TEXT_MESSAGES, id, ("{\"text\": \"" + g[0] + "\"}").getBytes(StandardCharsets.UTF_8)));
            }
            String id = UUID.randomUUID().toString();
            reasons.put(id, bad[round][1]);
            records.add(new ProducerRecord<>(Topics.TEXT_MESSAGES, id, bad[round][0].getBytes(StandardCharsets.UTF_8)));
        }
        kafka.send(records);

        Map<String, String> emoji = new LinkedHashMap<>();
        kafka.answers(Topics.TEXT_EMOJIFIED, expected.keySet()).forEach((id, json) -> emoji.put(id, EmojifiedText.fromJson(json).emoji()));
        assertThat(emoji).isEqualTo(expected);

        Map<String, String> refused = kafka.deadLetterReasons(Topics.TEXT_MESSAGES, reasons.keySet());
        assertThat(refused).hasSize(reasons.size());
        reasons.forEach((id, reason) -> assertThat(refused.get(id)).contains(reason));
    }
}
