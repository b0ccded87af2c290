package seqstream.passthrough;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import seqstream.messaging.DeadLetters;

/**
 * passthrough.requests -> passthrough.answers, each record copied unchanged (key, value, headers). It is
 * consumed, produced and committed exactly as the model services do it (batches, answers acknowledged before
 * the offsets are committed), with no model between: the benchmark's measure of what Kafka alone costs.
 */
@ApplicationScoped
public class PassThroughFlow {
    private final MutinyEmitter<byte[]> answers;

    public PassThroughFlow(@Channel("passthrough-answers") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> answers) {
        this.answers = answers;
    }

    @Incoming("passthrough-requests")
    @Blocking(ordered = true)
    public CompletionStage<Void> copy(KafkaRecordBatch<String, byte[]> batch) {
        List<Uni<Void>> sends = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            List<RecordHeader> headers = new ArrayList<>();
            record.getHeaders().forEach(h -> headers.add(new RecordHeader(h.key(), h.value())));
            var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(record.getKey()).withHeaders(headers).build();
            sends.add(answers.sendMessage(Message.of(record.getPayload()).addMetadata(metadata)));
        }
        return DeadLetters.acknowledgeAfter(sends, batch);
    }
}
