package seqstream.dates;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import seqstream.contracts.DateRequest;
import seqstream.contracts.DateResult;
import seqstream.contracts.Topics;
import seqstream.dates.service.DateTranslationService;
import seqstream.messaging.BatchFlow;

/** dates.raw -> the dates model (one call per polled batch) -> dates.iso; bad input -> dates.raw.dlq. */
@ApplicationScoped
public class DateTranslationFlow {
    private final DateTranslationService service;
    private final BatchFlow<DateRequest, DateResult> flow;

    public DateTranslationFlow(DateTranslationService service,
            @Channel("dates-iso") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> results,
            @Channel("dates-raw-dlq") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.service = service;
        this.flow = new BatchFlow<>(Topics.DATES_RAW, Topics.DATES_ISO, DateRequest::fromJson, DateResult::id,
                DateResult::toJson, results, deadLetters, registry);
    }

    @Incoming("dates-raw")
    @Blocking(ordered = true)
    public CompletionStage<Void> translate(KafkaRecordBatch<String, byte[]> batch) {
        return flow.process(batch, service::translate);
    }
}
