package seqstream.names.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import seqstream.messaging.config.InferenceConfig;

/** Every setting of the name generator, with its default. */
@ConfigMapping(prefix = "seqstream")
public interface NameGeneratorConfig {

    Model model();

    InferenceConfig inference();

    interface Model {
        /** The names bundle: a folder with model.json and the step graph. */
        @WithDefault("models/names")
        Path directory();
    }
}
