package seqstream.dates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import seqstream.contracts.DateRequest;
import seqstream.contracts.DateResult;
import seqstream.contracts.InvalidMessageException;
import seqstream.contracts.Topics;
import seqstream.dates.service.DateTranslationService;

/**
 * dates.raw -> the dates model -> dates.iso, a batch at a time: every valid request of a polled batch goes
 * through one inference call; every invalid one goes to dates.raw.dlq, untouched, with the reason in a
 * header. The batch's offsets are committed only after Kafka has acknowledged every result and every
 * dead letter, so a crash replays the batch rather than losing it.
 */
@ApplicationScoped
public class DateTranslationFlow {
    private static final Logger LOG = Logger.getLogger(DateTranslationFlow.class);

    private final DateTranslationService service;
    private final MutinyEmitter<String> results;
    private final MutinyEmitter<byte[]> deadLetters;
    private final Counter recordsIn;
    private final Counter recordsOut;
    private final Counter recordsDeadLettered;

    public DateTranslationFlow(DateTranslationService service,
            @Channel("dates-iso") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> results,
            @Channel("dates-raw-dlq") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.service = service;
        this.results = results;
        this.deadLetters = deadLetters;
        this.recordsIn = Counter.builder("seqstream.records.in").tag("topic", Topics.DATES_RAW).register(registry);
        this.recordsOut = Counter.builder("seqstream.records.out").tag("topic", Topics.DATES_ISO).register(registry);
        this.recordsDeadLettered = Counter.builder("seqstream.records.dead.lettered").tag("topic", Topics.DATES_RAW)
                .register(registry);
    }

    @Incoming("dates-raw")
    @Blocking(ordered = true)
    public CompletionStage<Void> translate(KafkaRecordBatch<String, byte[]> batch) {
        List<KafkaRecord<String, byte[]>> valid = new ArrayList<>();
        List<DateRequest> requests = new ArrayList<>();
        List<Uni<Void>> sends = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            recordsIn.increment();
            try {
                requests.add(DateRequest.fromJson(utf8(record.getPayload()), record.getKey()));
                valid.add(record);
            } catch (InvalidMessageException e) {
                sends.add(deadLetter(record, e.getMessage()));
            }
        }
        if (!requests.isEmpty()) {
            List<DateResult> translated = service.translate(requests);
            for (DateResult result : translated) {
                sends.add(results.sendMessage(Message.of(result.toJson())
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(result.id()).build())));
            }
            recordsOut.increment(translated.size());
        }
        return Uni.join().all(sends).andCollectFailures()
                .onItem().transformToUni(done -> Uni.createFrom().completionStage(batch.ack()))
                .subscribeAsCompletionStage();
    }

    /** The record as it came, keyed as it came, with why it was refused and where it was read from. */
    private Uni<Void> deadLetter(KafkaRecord<String, byte[]> record, String reason) {
        recordsDeadLettered.increment();
        long offset = record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
        LOG.debugf("dead-lettering %s-%d@%d: %s", record.getTopic(), record.getPartition(), offset, reason);
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.getKey())
                .addHeaders(header(Topics.DEAD_LETTER_REASON, reason),
                        header("dead-letter-topic", record.getTopic()),
                        header("dead-letter-partition", String.valueOf(record.getPartition())),
                        header("dead-letter-offset", String.valueOf(offset)))
                .build();
        byte[] payload = record.getPayload() == null ? new byte[0] : record.getPayload();
        return deadLetters.sendMessage(Message.of(payload).addMetadata(metadata));
    }

    private static RecordHeader header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Strict UTF-8: bytes that are not text are refused, not silently replaced. */
    private static String utf8(byte[] payload) {
        if (payload == null) {
            throw new InvalidMessageException("empty message (null value): expected a JSON object");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMessageException("not UTF-8 text: expected a JSON object");
        }
    }
}
