package seqstream.embeddings;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import seqstream.contracts.EmbeddingRequest;
import seqstream.contracts.EmbeddingResult;
import seqstream.contracts.Topics;
import seqstream.embeddings.service.EmbeddingLookupService;
import seqstream.messaging.BatchFlow;

/**
 * embeddings.requests -> the vectors (one pass per polled batch) -> embeddings.results; bad input, unknown
 * words included -> embeddings.requests.dlq.
 */
@ApplicationScoped
public class EmbeddingLookupFlow {
    private final EmbeddingLookupService service;
    private final BatchFlow<EmbeddingRequest, EmbeddingResult> flow;

    public EmbeddingLookupFlow(EmbeddingLookupService service,
            @Channel("embeddings-results") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> results,
            @Channel("embeddings-requests-dlq") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.service = service;
        this.flow = new BatchFlow<>(Topics.EMBEDDINGS_REQUESTS, Topics.EMBEDDINGS_RESULTS,
                (json, key) -> service.checkWords(EmbeddingRequest.fromJson(json, key)), EmbeddingResult::id, EmbeddingResult::toJson,
                results, deadLetters, registry);
    }

    @Incoming("embeddings-requests")
    @Blocking(ordered = true)
    public CompletionStage<Void> lookUp(KafkaRecordBatch<String, byte[]> batch) {
        return flow.process(batch, service::answer);
    }
}
