package seqstream.trigger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import seqstream.contracts.AudioChunk;
import seqstream.contracts.InvalidMessageException;
import seqstream.contracts.Topics;
import seqstream.contracts.TriggerDetection;
import seqstream.messaging.DeadLetters;
import seqstream.trigger.service.LiveStreams;
import seqstream.trigger.service.TriggerDetectorService;

/**
 * audio.chunks -> every stream with new audio in a polled batch scored together -> trigger.detections, and
 * the audio with chimes mixed in -> audio.chimed; bad chunks (and chunks of streams over the bound) ->
 * audio.chunks.dlq. The batch is acknowledged once everything it produced has been acknowledged.
 */
@ApplicationScoped
public class TriggerDetectionFlow {
    private final TriggerDetectorService service;
    private final MutinyEmitter<String> detections;
    private final MutinyEmitter<byte[]> chimed;
    private final DeadLetters deadLetters;

    public TriggerDetectionFlow(TriggerDetectorService service,
            @Channel("trigger-detections") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> detections,
            @Channel("audio-chimed") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> chimed,
            @Channel("audio-chunks-dlq") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.service = service;
        this.detections = detections;
        this.chimed = chimed;
        this.deadLetters = new DeadLetters(Topics.AUDIO_CHUNKS, deadLetters, registry);
    }

    @Incoming("audio-chunks")
    @Blocking(ordered = true)
    public CompletionStage<Void> detect(KafkaRecordBatch<String, byte[]> batch) {
        List<Uni<Void>> sends = new ArrayList<>();
        List<KafkaRecord<String, byte[]>> records = new ArrayList<>();
        List<AudioChunk> chunks = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            try {
                chunks.add(AudioChunk.fromRecord(record.getKey(), headers(record), record.getPayload()));
                records.add(record);
            } catch (InvalidMessageException e) {
                sends.add(deadLetters.send(record, e.getMessage()));
            }
        }
        if (!chunks.isEmpty()) {
            LiveStreams.Outcome outcome = service.accept(chunks);
            for (LiveStreams.Refusal refusal : outcome.refused()) {
                sends.add(deadLetters.send(records.get(refusal.index()), refusal.reason()));
            }
            for (TriggerDetection detection : outcome.detections()) {
                sends.add(detections.sendMessage(Message.of(detection.toJson()).addMetadata(
                        OutgoingKafkaRecordMetadata.<String>builder().withKey(detection.streamId()).build())));
            }
            for (AudioChunk chunk : outcome.chimed()) {
                List<RecordHeader> headers = new ArrayList<>();
                chunk.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value)));
                sends.add(chimed.sendMessage(Message.of(chunk.pcm()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(chunk.streamId()).withHeaders(headers).build())));
            }
        }
        return DeadLetters.acknowledgeAfter(sends, batch);
    }

    /** The last value of each header, as the contracts read them. */
    private static Map<String, byte[]> headers(KafkaRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.getHeaders()) {
            if (header.value() != null) {
                headers.put(header.key(), header.value());
            }
        }
        return headers;
    }
}
