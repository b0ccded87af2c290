package seqstream.jazz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import seqstream.contracts.JazzRequest;
import seqstream.contracts.JazzResult;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.FlowTopics;
import seqstream.kafka.embedded.KafkaTestResource;

/** The Kafka flow against a real broker: requests in, MIDI solos out, bad requests to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class JazzGenerationFlowTest {
    @AutoClose
    private final FlowTopics kafka = new FlowTopics();

    @Test
    void requestsComeBackAsMidiAndBadOnesGoToTheDeadLetterTopic() throws Exception {
        String seeded = UUID.randomUUID().toString();
        String sameSeed = UUID.randomUUID().toString();
        String slow = UUID.randomUUID().toString();
        String unseeded = UUID.randomUUID().toString();
        String tooLong = UUID.randomUUID().toString();
        String badTempo = UUID.randomUUID().toString();
        String notJson = UUID.randomUUID().toString();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(record(seeded, new JazzRequest(seeded, 20, 1.0, 7L, 130).toJson()));
        records.add(record(tooLong, "{\"seconds\": 3000}"));
        records.add(record(sameSeed, new JazzRequest(sameSeed, 20, 1.0, 7L, 130).toJson()));
        records.add(record(notJson, "play something"));
        records.add(record(slow, new JazzRequest(slow, 10, 0.5, 3L, 60).toJson()));
        records.add(record(badTempo, "{\"tempo\": 500}"));
        records.add(record(unseeded, "{\"seconds\": 5}"));
        kafka.send(records);

        Map<String, JazzResult> results = new HashMap<>();
        kafka.answers(Topics.JAZZ_GENERATED, Set.of(seeded, sameSeed, slow, unseeded))
                .forEach((id, json) -> results.put(id, JazzResult.fromJson(json)));
        assertThat(results.get(sameSeed).midi()).isEqualTo(results.get(seeded).midi());
        assertThat(results.get(seeded).notes()).isGreaterThan(10);
        Sequence slowMidi = MidiSystem.getSequence(new ByteArrayInputStream(results.get(slow).midiBytes()));
        assertThat(slowMidi.getMicrosecondLength() / 1e6).isBetween(9.0, 11.0); // 10 s at 60 bpm, to the last note's end
        assertThat(results.get(unseeded).seed()).isNotZero();

        Map<String, String> reasons = kafka.deadLetterReasons(Topics.JAZZ_REQUESTS, Set.of(tooLong, badTempo, notJson));
        assertThat(reasons.get(tooLong)).contains("'seconds' is 3000");
        assertThat(reasons.get(badTempo)).contains("'tempo' is 500");
        assertThat(reasons.get(notJson)).startsWith("not JSON");
    }

    private static ProducerRecord<String, byte[]> record(String key, String value) {
        return new ProducerRecord<>(Topics.JAZZ_REQUESTS, key, value.getBytes(StandardCharsets.UTF_8));
    }
}
