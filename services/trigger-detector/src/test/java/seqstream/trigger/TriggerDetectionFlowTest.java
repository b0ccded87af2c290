package seqstream.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import seqstream.audio.Audio;
import seqstream.audio.Pcm16;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.Topics;
import seqstream.contracts.TriggerDetection;
import seqstream.kafka.embedded.KafkaBrokers;
import seqstream.kafka.embedded.KafkaTestResource;

/**
 * The Kafka flow against a real broker: concurrent streams in chunks of different sizes and rates, their
 * detections at the right times, their chimed audio, and bad chunks in between going to the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class TriggerDetectionFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void concurrentStreamsGetTheirDetectionsAndBadChunksGoToTheDeadLetterTopic() throws Exception {
        SpokenActivates.Recording recording = SpokenActivates.recording(7, 1.0, 4.0);
        String tenths = "tenths-" + UUID.randomUUID();
        String quarters = "quarters-" + UUID.randomUUID();
        String odd44k = "odd44k-" + UUID.randomUUID();
        List<List<ProducerRecord<String, byte[]>>> streams = List.of(
                chunks(tenths, recording.audio(), 1_600),
                chunks(quarters, recording.audio(), 4_000),
                chunks(odd44k, recording.audio().resampledTo(44_100), 3_001));
        String oddBytes = "odd-bytes-" + UUID.randomUUID();
        String noRate = "no-rate-" + UUID.randomUUID();
        String tooSlow = "4khz-" + UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> bad = List.of(
                chunk(oddBytes, new byte[3], "16000", 0, false),
                new ProducerRecord<>(Topics.AUDIO_CHUNKS, null, noRate, new byte[4],
                        List.of(new RecordHeader(AudioChunk.SEQ, "0".getBytes(StandardCharsets.UTF_8)))),
                chunk(tooSlow, new byte[4], "4000", 0, false));

        // Interleave the streams as live microphones would, with the bad chunks among them.
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        int longest = streams.stream().mapToInt(List::size).max().orElseThrow();
        for (int i = 0; i < longest; i++) {
            for (List<ProducerRecord<String, byte[]>> stream : streams) {
                if (i < stream.size()) {
                    records.add(stream.get(i));
                }
            }
            if (i == 3) {
                records.addAll(bad);
            }
        }
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokers.sharedBootstrapServers())) {
            kafka.produce(String.class, byte[].class).fromRecords(records).awaitCompletion(WAIT);
            expectDetections(kafka, recording, List.of(tenths, quarters, odd44k));
            expectRefusals(kafka, Map.of(oddBytes, "odd byte count 3", noRate, "missing header 'sample-rate'",
                    tooSlow, "unsupported sample rate 4000"));
            expectChimedCopy(kafka, streams.getFirst(), tenths);
        }
    }

    /** Every stream hears each activate once, within 0.75 s of when it ended. */
    private static void expectDetections(KafkaCompanion kafka, SpokenActivates.Recording recording, List<String> ids) {
        int expected = ids.size() * recording.ends().size();
        Map<String, List<TriggerDetection>> detections = kafka.consumeStrings()
                .fromTopics(Topics.TRIGGER_DETECTIONS, m -> m.filter(r -> ids.contains(r.key())).select().first(expected))
                .awaitCompletion(WAIT).getRecords().stream()
                .map(r -> TriggerDetection.fromJson(r.value()))
                .collect(Collectors.groupingBy(TriggerDetection::streamId));
        for (String id : ids) {
            List<TriggerDetection> heard = detections.get(id);
            assertThat(heard).as(id).hasSize(recording.ends().size());
            for (int k = 0; k < heard.size(); k++) {
                assertThat(heard.get(k).endMs() / 1000.0).as(id).isCloseTo(recording.ends().get(k), within(0.75));
            }
        }
    }

    /** Each refused stream's chunk on the dead-letter topic, with a reason that says what is wrong. */
    private static void expectRefusals(KafkaCompanion kafka, Map<String, String> reasonByStream) {
        Map<String, String> reasons = kafka.consume(String.class, byte[].class)
                .fromTopics(Topics.deadLetter(Topics.AUDIO_CHUNKS),
                        m -> m.filter(r -> reasonByStream.containsKey(r.key())).select().first(reasonByStream.size()))
                .awaitCompletion(WAIT).getRecords().stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> new String(
                        r.headers().lastHeader(Topics.DEAD_LETTER_REASON).value(), StandardCharsets.UTF_8)));
        reasonByStream.forEach((stream, reason) -> assertThat(reasons.get(stream)).contains(reason));
    }

    /** The chimed copy of a stream: every chunk, in order, the same length, the last one still final. */
    private static void expectChimedCopy(KafkaCompanion kafka, List<ProducerRecord<String, byte[]>> sent, String id) {
        List<ConsumerRecord<String, byte[]>> chimed = kafka.consume(String.class, byte[].class)
                .fromTopics(Topics.AUDIO_CHIMED, m -> m.filter(r -> r.key().equals(id)).select().first(sent.size()))
                .awaitCompletion(WAIT).getRecords();
        assertThat(chimed.stream().map(r -> r.value().length).toList()).isEqualTo(sent.stream().map(r -> r.value().length).toList());
        assertThat(new String(chimed.getLast().headers().lastHeader(AudioChunk.FINAL).value(), StandardCharsets.UTF_8))
                .isEqualTo("true");
    }

    private static List<ProducerRecord<String, byte[]>> chunks(String stream, Audio audio, int samples) {
        List<ProducerRecord<String, byte[]>> chunks = new ArrayList<>();
        float[] all = audio.samples();
        for (int at = 0, seq = 0; at < all.length; at += samples, seq++) {
            byte[] pcm = Pcm16.encode(Arrays.copyOfRange(all, at, Math.min(all.length, at + samples)));
            chunks.add(chunk(stream, pcm, String.valueOf(audio.sampleRate()), seq, at + samples >= all.length));
        }
        return chunks;
    }

    private static ProducerRecord<String, byte[]> chunk(String stream, byte[] pcm, String rate, int seq, boolean last) {
        List<org.apache.kafka.common.header.Header> headers = new ArrayList<>(List.of(
                new RecordHeader(AudioChunk.SAMPLE_RATE, rate.getBytes(StandardCharsets.UTF_8)),
                new RecordHeader(AudioChunk.SEQ, String.valueOf(seq).getBytes(StandardCharsets.UTF_8))));
        if (last) {
            headers.add(new RecordHeader(AudioChunk.FINAL, "true".getBytes(StandardCharsets.UTF_8)));
        }
        return new ProducerRecord<>(Topics.AUDIO_CHUNKS, null, stream, pcm, headers);
    }
}
