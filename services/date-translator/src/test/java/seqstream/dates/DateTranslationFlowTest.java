package seqstream.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import seqstream.contracts.DateRequest;
import seqstream.contracts.DateResult;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.FlowTopics;
import seqstream.kafka.embedded.KafkaTestResource;

/** The Kafka flow against a real broker: records in, records out, bad records to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class DateTranslationFlowTest {
    @AutoClose
    private final FlowTopics kafka = new FlowTopics();

    @Test
    void everyRequestComesOutTranslatedUnderItsId() {
        Map<String, String> expected = new LinkedHashMap<>();
        String[][] dates = {
            {"3 May 1979", "1979-05-03"}, {"5 April 09", "2009-04-05"}, {"21th of August 2016", "2016-08-21"},
            {"Tue 10 Jul 2007", "2007-07-10"}, {"Saturday May 9 2018", "2018-05-09"}, {"March 3 2001", "2001-03-03"},
            {"March 3rd 2001", "2001-03-03"}, {"1 March 2001", "2001-03-01"}, {"9/10/70", "1970-09-10"},
            {"10.11.19", "2019-11-10"}, {"2018-05-09", "2018-05-09"}, {"thursday january 26 1995", "1995-01-26"},
        };
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String[] date : dates) {
                String id = UUID.randomUUID().toString();
                expected.put(id, date[1]);
                records.add(new ProducerRecord<>(Topics.DATES_RAW, id, json(new DateRequest(id, date[0]).toJson())));
            }
        }
        kafka.send(records);

        Map<String, String> out = kafka.answers(Topics.DATES_ISO, expected.keySet());
        Map<String, String> answers = new LinkedHashMap<>();
        out.forEach((id, json) -> answers.put(id, String.valueOf(DateResult.fromJson(json).iso())));
        assertThat(answers).isEqualTo(expected);
        out.forEach((id, json) -> assertThat(DateResult.fromJson(json).id()).isEqualTo(id));
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicWithTheirReasonAndGoodOnesStillComeThrough() {
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put(UUID.randomUUID().toString(), json("this is not json"));
        bad.put(UUID.randomUUID().toString(), json("{\"id\": \"x\"}"));
        bad.put(UUID.randomUUID().toString(), json("{\"text\": \"   \"}"));
        bad.put(UUID.randomUUID().toString(), json("{\"text\": \"" + "9".repeat(DateRequest.MAX_TEXT_LENGTH + 1) + "\"}"));
        bad.put(UUID.randomUUID().toString(), new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});
        bad.put(UUID.randomUUID().toString(), json("[1, 2, 3]"));

        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(new ProducerRecord<>(Topics.DATES_RAW, before, json("{\"text\": \"1 March 2001\"}")));
        bad.forEach((key, value) -> records.add(new ProducerRecord<>(Topics.DATES_RAW, key, value)));
        records.add(new ProducerRecord<>(Topics.DATES_RAW, after, json("{\"text\": \"March 3rd 2001\"}")));
        kafka.send(records);

        Map<String, String> good = kafka.answers(Topics.DATES_ISO, Set.of(before, after));
        assertThat(good.values()).extracting(json -> DateResult.fromJson(json).iso())
                .containsExactlyInAnyOrder("2001-03-01", "2001-03-03");

        List<ConsumerRecord<String, byte[]>> deadLetters = kafka.deadLetters(Topics.DATES_RAW, bad.keySet());
        assertThat(deadLetters).hasSize(bad.size());
        for (ConsumerRecord<String, byte[]> letter : deadLetters) {
            assertThat(letter.value()).as("the original bytes").isEqualTo(bad.get(letter.key()));
            assertThat(FlowTopics.reason(letter)).isNotBlank();
        }
        Map<String, String> reasons = deadLetters.stream().collect(Collectors.toMap(ConsumerRecord::key, FlowTopics::reason));
        List<String> keys = new ArrayList<>(bad.keySet());
        assertThat(reasons.get(keys.get(0))).startsWith("not JSON");
        assertThat(reasons.get(keys.get(1))).contains("missing 'text'");
        assertThat(reasons.get(keys.get(2))).contains("'text' is empty");
        assertThat(reasons.get(keys.get(3))).contains("at most 200");
        assertThat(reasons.get(keys.get(4))).contains("not UTF-8");
        assertThat(reasons.get(keys.get(5))).contains("expected a JSON object");
    }


    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
