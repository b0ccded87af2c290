package seqstream.jazz.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import seqstream.messaging.config.InferenceConfig;

/** Every setting of the jazz generator, with its default. */
@ConfigMapping(prefix = "seqstream")
public interface JazzGeneratorConfig {

    Model model();

    InferenceConfig inference();

    interface Model {
        /** The jazz bundle: a folder with model.json (vocabulary, chord progression) and the step graph. */
        @WithDefault("models/jazz")
        Path directory();
    }
}
