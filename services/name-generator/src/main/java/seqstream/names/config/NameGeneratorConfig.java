package seqstream.names.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Every setting of the name generator, with its default. */
@ConfigMapping(prefix = "seqstream")
public interface NameGeneratorConfig {

    Model model();

    Inference inference();

    interface Model {
        /** The names bundle: a folder with model.json and the step graph. */
        @WithDefault("models/names")
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
