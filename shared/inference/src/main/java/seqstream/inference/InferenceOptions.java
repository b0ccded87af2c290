package seqstream.inference;

/**
 * How a model runs.
 *
 * @param device  the execution provider to ask for
 * @param threads ONNX Runtime intra-op threads; 0 lets ONNX Runtime choose (one per core)
 */
public record InferenceOptions(Device device, int threads) {
    public static final InferenceOptions DEFAULT = new InferenceOptions(Device.AUTO, 0);

    public InferenceOptions {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (automatic) or more, got " + threads);
        }
    }
}
