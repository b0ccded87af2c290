package seqstream.dates.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import seqstream.contracts.DateRequest;
import seqstream.contracts.DateResult;
import seqstream.dates.config.DateTranslatorConfig;
import seqstream.inference.InferenceOptions;
import seqstream.messaging.health.ServedModel;
import seqstream.text.dates.DateTranslator;
import seqstream.text.dates.Translation;

/** Loads the dates bundle at start-up and translates requests in batches, one inference call per batch. */
@ApplicationScoped
public class DateTranslationService extends ServedModel<DateTranslator> {
    private final DateTranslatorConfig config;
    private final MeterRegistry registry;

    public DateTranslationService(DateTranslatorConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @Override
    public String modelName() {
        return DateTranslator.MODEL_NAME;
    }

    void onStart(@Observes StartupEvent event) {
        InferenceOptions options = config.inference().options();
        load(() -> DateTranslator.load(config.model().directory(), options, registry), DateTranslator::executionProvider);
    }

    /** Translates valid requests, in order; with the attention weights where a request asks for them. */
    public List<DateResult> translate(List<DateRequest> requests) {
        List<Translation> translations = model().translate(requests.stream().map(DateRequest::text).toList());
        List<DateResult> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Translation t = translations.get(i);
            DateRequest request = requests.get(i);
            DateResult.Attention attention = request.attention() ? new DateResult.Attention(t.normalized(), t.answer(), t.attention()) : null;
            results.add(new DateResult(request.id(), t.text(), t.iso(), t.confidence(), t.valid(), attention));
        }
        return results;
    }
}
