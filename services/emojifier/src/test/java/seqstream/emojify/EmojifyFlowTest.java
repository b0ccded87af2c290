package seqstream.emojify;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import seqstream.contracts.EmojifiedText;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.KafkaBrokers;
import seqstream.kafka.embedded.KafkaTestResource;

/** The Kafka flow against a real broker: sentences in, emoji out under their ids, bad messages to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = GloveVectorsResource.class, restrictToAnnotatedClass = true)
class EmojifyFlowTest {
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
        kafka.produce(String.class, byte[].class).fromRecords(records).awaitCompletion(WAIT);

        List<ConsumerRecord<String, String>> out = kafka.consumeStrings()
                .fromTopics(Topics.TEXT_EMOJIFIED, m -> m.filter(r -> expected.containsKey(r.key())).select().first(expected.size()))
                .awaitCompletion(WAIT).getRecords();
        Map<String, String> emoji = out.stream().collect(Collectors.toMap(ConsumerRecord::key, r -> EmojifiedText.fromJson(r.value()).emoji()));
        assertThat(emoji).isEqualTo(expected);

        List<ConsumerRecord<String, byte[]>> letters = kafka.consume(String.class, byte[].class)
                .fromTopics(Topics.deadLetter(Topics.TEXT_MESSAGES), m -> m.filter(r -> reasons.containsKey(r.key())).select().first(reasons.size()))
                .awaitCompletion(WAIT).getRecords();
        assertThat(letters).hasSize(reasons.size());
        for (ConsumerRecord<String, byte[]> letter : letters) {
            assertThat(new String(letter.headers().lastHeader(Topics.DEAD_LETTER_REASON).value(), StandardCharsets.UTF_8))
                    .contains(reasons.get(letter.key()));
        }
    }
}
