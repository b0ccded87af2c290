package seqstream.dates.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Every setting of the date translator, with its default. */
@ConfigMapping(prefix = "seqstream")
public interface DateTranslatorConfig {

    Model model();

    Inference inference();

    interface Model {
        /** The dates bundle: a folder with model.json and model.onnx. */
        @WithDefault("models/dates")
        Path directory();
    }

    interface Inference {
        /** auto, cpu or cuda; auto and cuda fall back to the CPU when CUDA cannot load. */
        @WithDefault("auto")
        String device();

        /** ONNX Runtime intra-op threads; 0 lets it choose. */
        @WithDefault("0")
        int threads();
    }
}
