package seqstream.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import seqstream.contracts.EmbeddingResult;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.FlowTopics;
import seqstream.kafka.embedded.KafkaTestResource;

/** The Kafka flow against a real broker: questions in, answers out under their ids, bad ones to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = TinyVectorsResource.class, restrictToAnnotatedClass = true)
class EmbeddingLookupFlowTest {
    @AutoClose
    private final FlowTopics kafka = new FlowTopics();

    @Test
    void goodAndBadQuestionsInterleavedEachEndUpWhereTheyBelong() {
        String[][] good = {
            {"{\"op\": \"neighbors\", \"words\": [\"small\"], \"k\": 1}", "tiny"},
            {"{\"op\": \"analogy\", \"words\": [\"man\", \"woman\", \"king\"]}", "queen"},
            {"{\"op\": \"analogy\", \"words\": [\"man\", \"woman\", \"prince\"], \"method\": \"course\"}", "princess"},
            {"{\"op\": \"similarity\", \"words\": [\"king\", \"queen\"]}", "0.0"},
            {"{\"op\": \"equalize\", \"words\": [\"prince\", \"princess\"]}", "prince"},
        };
        String[][] bad = {
            {"{\"op\": \"neighbors\", \"words\": [\"dragon\"]}", "unknown word 'dragon'"},
            {"{\"op\": \"fly\", \"words\": [\"king\"]}", "unknown op 'fly'"},
            {"{\"op\": \"neighbors\", \"words\": [\"king\"], \"k\": 5000}", "'k' is 5000"},
            {"{\"op\": \"neighbors\", \"words\": [\"king\"], \"k\": \"ten\"}", "must be a whole number"},
            {"{\"op\": \"analogy\", \"words\": [\"man\", \"woman\"]}", "takes 3 words"},
            {"not json", "not JSON"},
        };
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        Random random = new Random(1);
        for (int round = 0; round < 20; round++) {
            String[] q = good[random.nextInt(good.length)];
            String id = UUID.randomUUID().toString();
            expected.put(id, q[1]);
            records.add(new ProducerRecord<>(Topics.EMBEDDINGS_REQUESTS, id, q[0].getBytes(StandardCharsets.UTF_8)));
            if (round % 3 == 0) {
                String[] b = bad[round / 3 % bad.length];
                String badId = UUID.randomUUID().toString();
                reasons.put(badId, b[1]);
                records.add(new ProducerRecord<>(Topics.EMBEDDINGS_REQUESTS, badId, b[0].getBytes(StandardCharsets.UTF_8)));
            }
        }
        kafka.send(records);

        Map<String, String> got = new LinkedHashMap<>();
        kafka.answers(Topics.EMBEDDINGS_RESULTS, expected.keySet()).forEach((id, json) -> got.put(id, summary(EmbeddingResult.fromJson(json))));
        assertThat(got).isEqualTo(expected);

        Map<String, String> refused = kafka.deadLetterReasons(Topics.EMBEDDINGS_REQUESTS, reasons.keySet());
        assertThat(refused).hasSize(reasons.size());
        reasons.forEach((id, reason) -> assertThat(refused.get(id)).contains(reason));
    }

    /** What each answer says, in a word. */
    private static String summary(EmbeddingResult r) {
        return switch (r.op()) {
            case "neighbors" -> r.neighbors().getFirst().word();
            case "analogy" -> r.answer().word();
            case "similarity" -> String.valueOf(Math.round(r.cosine() * 1e6) / 1e6);
            default -> r.bias().getFirst().word();
        };
    }
}
