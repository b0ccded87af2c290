package seqstream.names;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import seqstream.contracts.NameRequest;
import seqstream.contracts.NamesResult;
import seqstream.contracts.Topics;
import seqstream.messaging.BatchFlow;
import seqstream.names.service.NameGenerationService;

/** names.requests -> the names model (all names of a polled batch sampled together) -> names.generated; bad input -> names.requests.dlq. */
@ApplicationScoped
public class NameGenerationFlow {
    private final NameGenerationService service;
    private final BatchFlow<NameRequest, NamesResult> flow;

    public NameGenerationFlow(NameGenerationService service,
            @Channel("names-generated") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> results,
            @Channel("names-requests-dlq") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.service = service;
        this.flow = new BatchFlow<>(Topics.NAMES_REQUESTS, Topics.NAMES_GENERATED, NameRequest::fromJson, NamesResult::id,
                NamesResult::toJson, results, deadLetters, registry);
    }

    @Incoming("names-requests")
    @Blocking(ordered = true)
    public CompletionStage<Void> generate(KafkaRecordBatch<String, byte[]> batch) {
        return flow.process(batch, service::generate);
    }
}
