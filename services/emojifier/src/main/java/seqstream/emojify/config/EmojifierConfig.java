package seqstream.emojify.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import seqstream.messaging.config.InferenceConfig;

/** Every setting of the emojifier, with its default. */
@ConfigMapping(prefix = "seqstream")
public interface EmojifierConfig {

    Emojify emojify();

    Vectors vectors();

    InferenceConfig inference();

    interface Emojify {
        /** v1 (average of word vectors) or v2 (two LSTM layers). */
        @WithDefault("v2")
        String model();

        /** The folder holding emojify-v1 and emojify-v2. */
        @WithDefault("models")
        Path bundles();
    }

    interface Vectors {
        /** The converted word vectors (see VectorsCache); application.properties gives the default. */
        Path file();
    }
}
