package seqstream.trigger.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import seqstream.messaging.config.InferenceConfig;

/** Every setting of the trigger detector, with its default. */
@ConfigMapping(prefix = "seqstream")
public interface TriggerDetectorConfig {

    Model model();

    InferenceConfig inference();

    Streams streams();

    Chime chime();

    interface Model {
        /** The trigger bundle: a folder with model.json and the streaming step graph. */
        @WithDefault("models/trigger")
        Path directory();
    }

    interface Streams {
        /** Open streams held at once; a chunk of a new stream beyond this goes to the dead-letter topic. */
        @WithDefault("10000")
        int maxOpen();

        /** A stream with no chunk for this long is closed (its state dropped); its next chunk starts afresh. */
        @WithDefault("60s")
        Duration idleTimeout();
    }

    interface Chime {
        /** Whether audio.chimed gets every chunk with the chime mixed in after each detection. */
        @WithDefault("true")
        boolean enabled();

        /** A WAV file to ring (the course's chime.wav, say); without one, seqstream's own chime. */
        Optional<Path> file();
    }
}
