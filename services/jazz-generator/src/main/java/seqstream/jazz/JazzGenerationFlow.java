package seqstream.jazz;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import seqstream.contracts.JazzRequest;
import seqstream.contracts.JazzResult;
import seqstream.contracts.Topics;
import seqstream.jazz.service.JazzGenerationService;
import seqstream.messaging.BatchFlow;

/** jazz.requests -> the jazz model (all solos of a polled batch played together) -> jazz.generated; bad input -> jazz.requests.dlq. */
@ApplicationScoped
public class JazzGenerationFlow {
    private final JazzGenerationService service;
    private final BatchFlow<JazzRequest, JazzResult> flow;

    public JazzGenerationFlow(JazzGenerationService service,
            @Channel("jazz-generated") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> results,
            @Channel("jazz-requests-dlq") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.service = service;
        this.flow = new BatchFlow<>(Topics.JAZZ_REQUESTS, Topics.JAZZ_GENERATED, JazzRequest::fromJson, JazzResult::id,
                JazzResult::toJson, results, deadLetters, registry);
    }

    @Incoming("jazz-requests")
    @Blocking(ordered = true)
    public CompletionStage<Void> generate(KafkaRecordBatch<String, byte[]> batch) {
        return flow.process(batch, service::generate);
    }
}
