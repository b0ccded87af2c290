package seqstream.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Message;
import seqstream.contracts.Topics;

/**
 * Where refused input goes: the record as it came (key, value and headers), on the input topic's
 * dead-letter topic, with why it was refused and where it was read from in headers. Nothing is dropped.
 */
public final class DeadLetters {
    private final MutinyEmitter<byte[]> emitter;
    private final Counter deadLettered;

    public DeadLetters(String inputTopic, MutinyEmitter<byte[]> emitter, MeterRegistry registry) {
        this.emitter = emitter;
        this.deadLettered = Counter.builder("seqstream.records.dead.lettered").tag("topic", inputTopic).register(registry);
    }

    public Uni<Void> send(KafkaRecord<String, byte[]> record, String reason) {
        deadLettered.increment();
        long offset = record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
        List<RecordHeader> headers = new ArrayList<>();
        record.getHeaders().forEach(h -> headers.add(new RecordHeader(h.key(), h.value())));
        headers.add(header(Topics.DEAD_LETTER_REASON, reason));
        headers.add(header("dead-letter-topic", record.getTopic()));
        headers.add(header("dead-letter-partition", String.valueOf(record.getPartition())));
        headers.add(header("dead-letter-offset", String.valueOf(offset)));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(record.getKey()).withHeaders(headers).build();
        byte[] payload = record.getPayload() == null ? new byte[0] : record.getPayload();
        return emitter.sendMessage(Message.of(payload).addMetadata(metadata));
    }

    /**
     * Acknowledges the batch (commits its offsets) once Kafka has acknowledged every send, so a crash
     * replays a batch rather than losing it.
     */
    public static CompletionStage<Void> acknowledgeAfter(List<Uni<Void>> sends, KafkaRecordBatch<String, byte[]> batch) {
        return Uni.join().all(sends).andCollectFailures()
                .onItem().transformToUni(done -> Uni.createFrom().completionStage(batch.ack()))
                .subscribeAsCompletionStage();
    }

    private static RecordHeader header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
