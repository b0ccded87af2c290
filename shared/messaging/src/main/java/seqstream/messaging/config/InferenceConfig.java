package seqstream.messaging.config;

import io.smallrye.config.WithDefault;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;

/** {@code seqstream.inference.*}: where a service runs its model; every service's config mapping has one. */
public interface InferenceConfig {
    /** auto, cpu or cuda; auto and cuda fall back to the CPU when CUDA cannot load. */
    @WithDefault("auto")
    String device();

    /** ONNX Runtime intra-op threads; 0 lets it choose. */
    @WithDefault("0")
    int threads();

    default InferenceOptions options() {
        return new InferenceOptions(Device.parse(device()), threads());
    }
}
