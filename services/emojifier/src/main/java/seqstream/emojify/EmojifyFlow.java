package seqstream.emojify;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import seqstream.contracts.EmojifiedText;
import seqstream.contracts.TextMessage;
import seqstream.contracts.Topics;
import seqstream.emojify.service.EmojifyService;
import seqstream.messaging.BatchFlow;

/** text.messages -> the emojify model (one call per polled batch) -> text.emojified; bad input -> text.messages.dlq. */
@ApplicationScoped
public class EmojifyFlow {
    private final EmojifyService service;
    private final BatchFlow<TextMessage, EmojifiedText> flow;

    public EmojifyFlow(EmojifyService service,
            @Channel("text-emojified") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> results,
            @Channel("text-messages-dlq") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.service = service;
        this.flow = new BatchFlow<>(Topics.TEXT_MESSAGES, Topics.TEXT_EMOJIFIED,
                (json, key) -> service.checkWords(TextMessage.fromJson(json, key)), EmojifiedText::id, EmojifiedText::toJson,
                results, deadLetters, registry);
    }

    @Incoming("text-messages")
    @Blocking(ordered = true)
    public CompletionStage<Void> emojify(KafkaRecordBatch<String, byte[]> batch) {
        return flow.process(batch, service::emojify);
    }
}
