package seqstream.trigger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.Topics;
import seqstream.kafka.embedded.FlowTopics;
import seqstream.kafka.embedded.KafkaTestResource;

/**
 * A thousand bad chunks among good streams that also repeat and reorder their chunks: every bad chunk is
 * refused with a reason, every good stream is heard to its end (its final chunk comes back chimed), repeats
 * and late chunks are counted and dropped, and the service stays up.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class BadChunksTest {
    private static final int BAD = 1_000;
    private static final int STREAMS = 5;
    private static final int CHUNKS = 30;

    @Test
    void badChunksAreRefusedAndGoodStreamsAreHeardToTheirEnd() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ProducerRecord<String, byte[]>> bad = new ArrayList<>();
        Map<String, String> why = new HashMap<>();
        Map<Integer, String> expected = Map.of(0, "odd byte count", 1, "missing header 'sample-rate'", 2, "must be a whole number",
                3, "unsupported sample rate", 4, "unsupported sample rate", 5, "missing header 'seq'", 6, "header 'seq' must be 0 or more",
                7, "stream id is 201 characters");
        for (int i = 0; i < BAD; i++) {
            String key = "bad-" + run + "-" + i;
            bad.add(switch (i % 8) {
                case 0 -> chunk(key, new byte[3 + 2 * (i % 50)], "16000", "0");
                case 1 -> chunk(key, new byte[320], null, "0");
                case 2 -> chunk(key, new byte[320], "sixteen thousand", "0");
                case 3 -> chunk(key, new byte[320], "4000", "0");
                case 4 -> chunk(key, new byte[320], "1000000", "0");
                case 5 -> chunk(key, new byte[320], "16000", null);
                case 6 -> chunk(key, new byte[320], "16000", "-3");
                default -> chunk((key + "-").repeat(20).substring(0, 201), new byte[320], "16000", "0");
            });
            why.put(bad.getLast().key(), expected.get(i % 8));
        }
        List<ProducerRecord<String, byte[]>> good = new ArrayList<>();
        Set<String> streams = new HashSet<>();
        for (int s = 0; s < STREAMS; s++) {
            String stream = "good-" + run + "-" + s;
            streams.add(stream);
            for (int seq = 0; seq < CHUNKS; seq++) {
                good.add(chunk(stream, new byte[3_200], "16000", String.valueOf(seq), seq == CHUNKS - 1));
                if (seq == 5 || seq == 12) {
                    good.add(chunk(stream, new byte[3_200], "16000", String.valueOf(seq))); // sent twice
                }
                if (seq == 20) {
                    good.add(chunk(stream, new byte[3_200], "16000", "10")); // late: its turn has passed
                }
            }
        }
        // Bad chunks spread among the good streams, each stream's chunks still in order.
        Collections.shuffle(bad, new Random(1));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0, b = 0; i < good.size(); i++) {
            records.add(good.get(i));
            for (int k = 0; k < BAD / good.size() + 1 && b < bad.size(); k++) {
                records.add(bad.get(b++));
            }
        }
        try (FlowTopics kafka = new FlowTopics()) {
            kafka.send(records);
            Map<String, String> reasons = kafka.deadLetterReasons(Topics.AUDIO_CHUNKS,
                    bad.stream().map(ProducerRecord::key).collect(Collectors.toSet()));
            assertThat(reasons).hasSize(BAD);
            why.forEach((key, reason) -> assertThat(reasons.get(key)).contains(reason));
            assertThat(finalChunksBack(kafka.companion(), streams)).isEqualTo(streams);
        }
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("seqstream_trigger_chunks_repeated_total"));
    }

    /** The streams whose final chunk came back on audio.chimed: the detector heard them to their end. */
    private static Set<String> finalChunksBack(KafkaCompanion kafka, Set<String> streams) {
        return kafka.consume(String.class, byte[].class)
                .fromTopics(Topics.AUDIO_CHIMED, m -> m.filter(r -> streams.contains(r.key()) && r.headers().lastHeader(AudioChunk.FINAL) != null)
                        .select().first(streams.size()))
                .awaitCompletion(Duration.ofSeconds(60)).getRecords().stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static ProducerRecord<String, byte[]> chunk(String stream, byte[] pcm, String rate, String seq) {
        return chunk(stream, pcm, rate, seq, false);
    }

    private static ProducerRecord<String, byte[]> chunk(String stream, byte[] pcm, String rate, String seq, boolean last) {
        List<Header> headers = new ArrayList<>();
        if (rate != null) {
            headers.add(new RecordHeader(AudioChunk.SAMPLE_RATE, rate.getBytes(StandardCharsets.UTF_8)));
        }
        if (seq != null) {
            headers.add(new RecordHeader(AudioChunk.SEQ, seq.getBytes(StandardCharsets.UTF_8)));
        }
        if (last) {
            headers.add(new RecordHeader(AudioChunk.FINAL, "true".getBytes(StandardCharsets.UTF_8)));
        }
        return new ProducerRecord<>(Topics.AUDIO_CHUNKS, null, stream, pcm, headers);
    }
}
