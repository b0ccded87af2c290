package seqstream.training.names;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Map;
import seqstream.inference.StepGraph;
import seqstream.text.names.NameSampler;

/** Runs the names step graph one row at a time at temperature 1, for parity checks against the engine. */
final class StepGraphCheck implements AutoCloseable {
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final int hidden;

    StepGraphCheck(Path graph, int hidden) {
        this.hidden = hidden;
        try {
            this.session = env.createSession(graph.toString(), new OrtSession.SessionOptions());
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + graph + ": " + e.getMessage(), e);
        }
    }

    /** {probabilities, h, c} after reading {@code input} from state (h, c). */
    float[][] step(int input, float[] h, float[] c) {
        try (OnnxTensor chars = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {input}), new long[] {1});
                OnnxTensor hTensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(h), new long[] {1, hidden});
                OnnxTensor cTensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(c), new long[] {1, hidden});
                OnnxTensor temperature = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {1}), new long[] {1, 1});
                OrtSession.Result result = session.run(Map.of(NameSampler.CHAR, chars, StepGraph.HIDDEN, hTensor,
                        StepGraph.CELL, cTensor, StepGraph.TEMPERATURE, temperature))) {
            return new float[][] {
                ((float[][]) result.get(StepGraph.PROBABILITIES).orElseThrow().getValue())[0],
                ((float[][]) result.get(StepGraph.HIDDEN_OUT).orElseThrow().getValue())[0],
                ((float[][]) result.get(StepGraph.CELL_OUT).orElseThrow().getValue())[0]
            };
        } catch (OrtException e) {
            throw new IllegalStateException("step graph failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // nothing left to release
        }
    }
}
