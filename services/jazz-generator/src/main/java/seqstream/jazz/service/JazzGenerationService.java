package seqstream.jazz.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import seqstream.contracts.JazzRequest;
import seqstream.contracts.JazzResult;
import seqstream.inference.InferenceOptions;
import seqstream.jazz.config.JazzGeneratorConfig;
import seqstream.messaging.health.ServedModel;
import seqstream.music.JazzMidi;
import seqstream.music.JazzSampler;
import seqstream.music.Solo;
import seqstream.music.SoloSpec;

/** Loads the jazz bundle at start-up and improvises every solo of a batch of requests together. */
@ApplicationScoped
public class JazzGenerationService extends ServedModel<JazzSampler> {
    private final JazzGeneratorConfig config;
    private final MeterRegistry registry;
    private final SecureRandom seeds = new SecureRandom();

    public JazzGenerationService(JazzGeneratorConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @Override
    public String modelName() {
        return JazzSampler.MODEL_NAME;
    }

    void onStart(@Observes StartupEvent event) {
        InferenceOptions options = config.inference().options();
        load(() -> JazzSampler.load(config.model().directory(), options, registry), JazzSampler::executionProvider);
    }

    /** A solo, as a MIDI file, for each request, in order; a request without a seed gets a fresh one, reported in its answer. */
    public List<JazzResult> generate(List<JazzRequest> requests) {
        List<SoloSpec> specs = new ArrayList<>(requests.size());
        for (JazzRequest request : requests) {
            long seed = request.seed() != null ? request.seed() : seeds.nextLong();
            specs.add(new SoloSpec(request.seconds(), request.temperature(), seed, request.tempo()));
        }
        List<Solo> solos = model().improvise(specs);
        List<JazzResult> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            JazzRequest request = requests.get(i);
            Solo solo = solos.get(i);
            results.add(new JazzResult(request.id(), request.seconds(), request.tempo(), Base64.getEncoder().encodeToString(JazzMidi.write(solo)),
                    solo.notes().size(), specs.get(i).seed()));
        }
        return results;
    }
}
