package seqstream.inference;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * A recurrent model exported as one step, batched: (token, state, temperature) -> (next-token probabilities,
 * new state). Samplers drive it a token at a time, one call for the whole batch. The token input's name is the
 * model's own ("char", "value"); the rest are named here, once, for every step graph.
 */
public final class StepGraph {
    /** Inputs: the state, [batch, hidden] (an LSTM's also {@link #CELL}), and the temperature, [batch, 1]. */
    public static final String HIDDEN = "h";
    public static final String CELL = "c";
    public static final String TEMPERATURE = "temperature";
    /** Outputs: next-token probabilities [batch, vocabulary] and the new state. */
    public static final String PROBABILITIES = "probabilities";
    public static final String HIDDEN_OUT = "h_out";
    public static final String CELL_OUT = "c_out";

    private final OnnxModel model;
    private final String tokenInput;
    private final int hidden;
    private final boolean hasCell;

    public StepGraph(OnnxModel model, String tokenInput, int hidden, boolean hasCell) {
        this.model = model;
        this.tokenInput = tokenInput;
        this.hidden = hidden;
        this.hasCell = hasCell;
    }

    /**
     * A batch's state between steps: zeros at first, and each row's temperature. Every input lives in a direct
     * buffer of its own, filled in place each step: ONNX Runtime reads a direct buffer where it is, but copies a
     * heap array into a fresh direct buffer that only a garbage collection frees. Measured: a name generator
     * allocating those per step grew to 1.3 GB resident in 10 minutes while its heap in use stayed under 210 MB.
     */
    public final class State {
        private final int batch;
        private final LongBuffer tokens;
        private final FloatBuffer h;
        private final FloatBuffer c;
        private final FloatBuffer temperatures;

        private State(float[] temperatures) {
            this.batch = temperatures.length;
            this.tokens = direct(batch * Long.BYTES).asLongBuffer();
            this.h = direct(batch * hidden * Float.BYTES).asFloatBuffer();
            this.c = direct(hasCell ? batch * hidden * Float.BYTES : 0).asFloatBuffer();
            this.temperatures = direct(batch * Float.BYTES).asFloatBuffer().put(0, temperatures);
        }

        private static ByteBuffer direct(int bytes) {
            return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder()); // zeros
        }
    }

    public State start(float[] temperatures) {
        return new State(temperatures);
    }

    /** One inference call: every row's next-token probabilities; the state moves on. */
    public float[][] step(long[] tokens, State state) {
        var env = OnnxModel.environment();
        long[] matrix = {state.batch, hidden};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(tokenInput, OnnxTensor.createTensor(env, state.tokens.put(0, tokens), new long[] {state.batch}));
            inputs.put(HIDDEN, OnnxTensor.createTensor(env, state.h, matrix));
            if (hasCell) {
                inputs.put(CELL, OnnxTensor.createTensor(env, state.c, matrix));
            }
            inputs.put(TEMPERATURE, OnnxTensor.createTensor(env, state.temperatures, new long[] {state.batch, 1}));
            try (OrtSession.Result result = model.run(inputs, state.batch)) {
                state.h.put(0, output(result, HIDDEN_OUT).getFloatBuffer(), 0, state.h.capacity());
                if (hasCell) {
                    state.c.put(0, output(result, CELL_OUT).getFloatBuffer(), 0, state.c.capacity());
                }
                return (float[][]) output(result, PROBABILITIES).getValue();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("step graph failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static OnnxTensor output(OrtSession.Result result, String name) {
        return (OnnxTensor) result.get(name).orElseThrow();
    }

    /** Sampling from a distribution with a uniform draw u in [0, 1): the first index where the running sum passes u. */
    public static int sample(float[] probabilities, double u) {
        double cumulative = 0;
        for (int i = 0; i < probabilities.length; i++) {
            cumulative += probabilities[i];
            if (u < cumulative) {
                return i;
            }
        }
        return probabilities.length - 1;
    }

    public String executionProvider() {
        return model.executionProvider();
    }

    public void close() {
        model.close();
    }
}
