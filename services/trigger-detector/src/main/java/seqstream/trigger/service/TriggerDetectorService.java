package seqstream.trigger.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
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
import seqstream.inference.LoadedModel;
import seqstream.messaging.health.ServedModel;
import seqstream.trigger.config.TriggerDetectorConfig;

/** Loads the trigger bundle and the chime at start-up; holds the open streams. */
@ApplicationScoped
public class TriggerDetectorService implements ServedModel {
    private final TriggerDetectorConfig config;
    private final MeterRegistry registry;
    private volatile LoadedModel<LiveStreams> streams;

    public TriggerDetectorService(TriggerDetectorConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    void load(@Observes StartupEvent event) {
        InferenceOptions options = config.inference().options();
        streams = LoadedModel.load(TriggerScorer.MODEL_NAME, () -> {
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

    /** After the Kafka channels have stopped (beans are destroyed last), so no batch meets a closed session. */
    @PreDestroy
    void close() throws Exception {
        if (streams != null) {
            streams.close();
        }
    }

    /** A batch of chunks from the stream topic (one batch at a time). */
    public LiveStreams.Outcome accept(List<AudioChunk> chunks) {
        return streams.get().accept(chunks, System.nanoTime());
    }

    /** Every detection in a whole recording, as a stream of its own (for REST). */
    public List<Detector.Detection> detect(Audio audio) {
        return streams.get().scorer().detections(audio);
    }

    public String modelId() {
        return streams.get().scorer().modelId();
    }

    @Override
    public String modelName() {
        return TriggerScorer.MODEL_NAME;
    }

    @Override
    public boolean ready() {
        return streams != null && streams.ready();
    }

    @Override
    public String status() {
        return streams == null ? "the trigger model has not been loaded yet" : streams.status();
    }
}
