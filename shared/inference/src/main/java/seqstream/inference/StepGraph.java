package seqstream.inference;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
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

    /** A batch's state between steps: zeros at first, and each row's temperature. */
    public final class State {
        private final int batch;
        private final float[] temperatures;
        private float[] h;
        private float[] c;

        private State(float[] temperatures) {
            this.batch = temperatures.length;
            this.temperatures = temperatures;
            this.h = new float[batch * hidden];
            this.c = new float[hasCell ? batch * hidden : 0];
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
            inputs.put(tokenInput, OnnxTensor.createTensor(env, LongBuffer.wrap(tokens), new long[] {state.batch}));
            inputs.put(HIDDEN, OnnxTensor.createTensor(env, FloatBuffer.wrap(state.h), matrix));
            if (hasCell) {
                inputs.put(CELL, OnnxTensor.createTensor(env, FloatBuffer.wrap(state.c), matrix));
            }
            inputs.put(TEMPERATURE, OnnxTensor.createTensor(env, FloatBuffer.wrap(state.temperatures), new long[] {state.batch, 1}));
            try (OrtSession.Result result = model.run(inputs, state.batch)) {
                state.h = OnnxModel.flatten((float[][]) result.get(HIDDEN_OUT).orElseThrow().getValue());
                if (hasCell) {
                    state.c = OnnxModel.flatten((float[][]) result.get(CELL_OUT).orElseThrow().getValue());
                }
                return (float[][]) result.get(PROBABILITIES).orElseThrow().getValue();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("step graph failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
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
