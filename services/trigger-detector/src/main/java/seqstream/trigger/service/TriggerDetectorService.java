package seqstream.trigger.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import seqstream.audio.Audio;
import seqstream.audio.Chime;
import seqstream.audio.WavFiles;
import seqstream.audio.trigger.Detector;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.contracts.AudioChunk;
import seqstream.inference.InferenceOptions;
import seqstream.messaging.health.ServedModel;
import seqstream.trigger.config.TriggerDetectorConfig;

/** Loads the trigger bundle and the chime at start-up; holds the open streams. */
@ApplicationScoped
public class TriggerDetectorService extends ServedModel<LiveStreams> {
    private final TriggerDetectorConfig config;
    private final MeterRegistry registry;

    public TriggerDetectorService(TriggerDetectorConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @Override
    public String modelName() {
        return TriggerScorer.MODEL_NAME;
    }

    void onStart(@Observes StartupEvent event) {
        InferenceOptions options = config.inference().options();
        load(() -> {
            ChimeTracks chimes = new ChimeTracks(chime());
            return new LiveStreams(TriggerScorer.load(config.model().directory(), options, registry), config.streams().maxOpen(),
                    config.streams().idleTimeout(), chimes, registry);
        }, s -> s.scorer().executionProvider());
    }

    /** The configured chime file, seqstream's own chime, or none when chiming is off. */
    private Audio chime() {
        if (!config.chime().enabled()) {
            return null;
        }
        return config.chime().file().map(file -> {
            try {
                return WavFiles.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException("seqstream.chime.file: " + e.getMessage(), e);
            }
        }).orElseGet(() -> new Audio(Chime.synthesize(Audio.MODEL_RATE), Audio.MODEL_RATE));
    }

    /** A batch of chunks from the stream topic (one batch at a time). */
    public LiveStreams.Outcome accept(List<AudioChunk> chunks) {
        return model().accept(chunks, System.nanoTime());
    }

    /** Every detection in a whole recording, as a stream of its own (for REST). */
    public List<Detector.Detection> detect(Audio audio) {
        return model().scorer().detections(audio);
    }

    public String modelId() {
        return model().scorer().modelId();
    }
}
