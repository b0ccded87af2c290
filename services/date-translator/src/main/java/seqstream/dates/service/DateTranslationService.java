package seqstream.dates.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import seqstream.contracts.DateRequest;
import seqstream.contracts.DateResult;
import seqstream.dates.config.DateTranslatorConfig;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.text.dates.DateTranslator;
import seqstream.text.dates.Translation;

/**
 * Loads the dates bundle at start-up and translates requests in batches, one inference call per batch.
 * A bundle that does not load leaves the service up but not ready: health says why, and every request is
 * refused instead of answered wrongly.
 */
@ApplicationScoped
public class DateTranslationService {
    private static final Logger LOG = Logger.getLogger(DateTranslationService.class);

    private final DateTranslatorConfig config;
    private final MeterRegistry registry;
    private volatile DateTranslator translator;
    private volatile String loadFailure = "the dates model has not been loaded yet";

    public DateTranslationService(DateTranslatorConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    void load(@Observes StartupEvent event) {
        try {
            InferenceOptions options = new InferenceOptions(Device.parse(config.inference().device()),
                    config.inference().threads());
            translator = DateTranslator.load(config.model().directory(), options, registry);
            LOG.infof("dates model loaded from %s, running on %s", config.model().directory().toAbsolutePath(),
                    translator.executionProvider());
        } catch (RuntimeException e) {
            loadFailure = "the dates model did not load: " + e.getMessage();
            LOG.error(loadFailure + " (the service answers nothing until it is fixed and restarted)");
        }
    }

    /** After the Kafka channels have stopped (beans are destroyed last), so no batch meets a closed session. */
    @PreDestroy
    void close() {
        if (translator != null) {
            translator.close();
        }
    }

    /** Translates valid requests, in order. */
    public List<DateResult> translate(List<DateRequest> requests) {
        DateTranslator model = translator;
        if (model == null) {
            throw new ModelUnavailableException(loadFailure);
        }
        List<Translation> translations = model.translate(requests.stream().map(DateRequest::text).toList());
        List<DateResult> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Translation t = translations.get(i);
            results.add(new DateResult(requests.get(i).id(), t.text(), t.iso(), t.confidence(), t.valid()));
        }
        return results;
    }

    public boolean ready() {
        return translator != null;
    }

    /** Why the model is not ready, or where it runs when it is. */
    public String status() {
        DateTranslator model = translator;
        return model == null ? loadFailure : "dates model on " + model.executionProvider();
    }
}
