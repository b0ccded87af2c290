package seqstream.dates.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import seqstream.messaging.config.InferenceConfig;

/** Every setting of the date translator, with its default. */
@ConfigMapping(prefix = "seqstream")
public interface DateTranslatorConfig {

    Model model();

    InferenceConfig inference();

    interface Model {
        /** The dates bundle: a folder with model.json and model.onnx. */
        @WithDefault("models/dates")
        Path directory();
    }
}
