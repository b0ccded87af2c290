package seqstream.names.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import seqstream.contracts.NameRequest;
import seqstream.contracts.NamesResult;
import seqstream.inference.InferenceOptions;
import seqstream.messaging.health.ServedModel;
import seqstream.names.config.NameGeneratorConfig;
import seqstream.text.names.NameSampler;
import seqstream.text.names.NameSpec;

/** Loads the names bundle at start-up and samples every name of a batch of requests together. */
@ApplicationScoped
public class NameGenerationService extends ServedModel<NameSampler> {
    private final NameGeneratorConfig config;
    private final MeterRegistry registry;
    private final SecureRandom seeds = new SecureRandom();

    public NameGenerationService(NameGeneratorConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @Override
    public String modelName() {
        return NameSampler.MODEL_NAME;
    }

    void onStart(@Observes StartupEvent event) {
        InferenceOptions options = config.inference().options();
        load(() -> NameSampler.load(config.model().directory(), options, registry), NameSampler::executionProvider);
    }

    /** Names for each request, in order; a request without a seed gets a fresh one, reported in its answer. */
    public List<NamesResult> generate(List<NameRequest> requests) {
        List<NameSpec> specs = new ArrayList<>(requests.size());
        for (NameRequest request : requests) {
            long seed = request.seed() != null ? request.seed() : seeds.nextLong();
            specs.add(new NameSpec(request.count(), request.temperature(), seed, request.prefix() == null ? "" : request.prefix()));
        }
        List<List<String>> names = model().sample(specs);
        List<NamesResult> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            results.add(new NamesResult(requests.get(i).id(), names.get(i), specs.get(i).seed()));
        }
        return results;
    }
}
