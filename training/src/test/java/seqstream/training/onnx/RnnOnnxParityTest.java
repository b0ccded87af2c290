package seqstream.training.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.rnn.Cell;
import seqstream.rnn.GruCell;
import seqstream.rnn.LstmCell;
import seqstream.rnn.Param;
import seqstream.rnn.Recurrent;

/** The engine's LSTM and GRU forward passes equal ONNX Runtime's LSTM and GRU operators on the same weights. */
class RnnOnnxParityTest {
    private static final int INPUT = 3;
    private static final int HIDDEN = 5;
    private static final int STEPS = 7;

    @TempDir
    Path dir;

    @Test
    void lstm() throws Exception {
        LstmCell cell = randomized(new LstmCell(INPUT, HIDDEN, new SplittableRandom(3), 0.6));
        OnnxGraph g = new OnnxGraph("lstm");
        String x = g.input("x", DataType.FLOAT, STEPS, 1, INPUT);
        String h0 = g.input("h0", DataType.FLOAT, 1, 1, HIDDEN);
        String c0 = g.input("c0", DataType.FLOAT, 1, 1, HIDDEN);
        g.nodeNamed("Identity", "y", Map.of(), RnnOnnx.lstm(g, "lstm", cell, x, h0, c0)[0]);
        g.output("y", DataType.FLOAT, STEPS, 1, 1, HIDDEN);
        assertSameStates(cell, g, true);
    }

    @Test
    void gru() throws Exception {
        GruCell cell = randomized(new GruCell(INPUT, HIDDEN, new SplittableRandom(4), 0.6));
        OnnxGraph g = new OnnxGraph("gru");
        String x = g.input("x", DataType.FLOAT, STEPS, 1, INPUT);
        String h0 = g.input("h0", DataType.FLOAT, 1, 1, HIDDEN);
        g.nodeNamed("Identity", "y", Map.of(), RnnOnnx.gru(g, "gru", cell, x, h0)[0]);
        g.output("y", DataType.FLOAT, STEPS, 1, 1, HIDDEN);
        assertSameStates(cell, g, false);
    }

    private static <C extends Cell> C randomized(C cell) {
        SplittableRandom random = new SplittableRandom(9);
        for (Param p : cell.parameters()) {
            p.randomize(random, 0.6);
        }
        return cell;
    }

    private void assertSameStates(Cell cell, OnnxGraph g, boolean lstm) throws Exception {
        Path file = dir.resolve("cell.onnx");
        g.write(file, "test");
        SplittableRandom random = new SplittableRandom(5);
        List<double[]> xs = new ArrayList<>();
        float[] xFlat = new float[STEPS * INPUT];
        for (int t = 0; t < STEPS; t++) {
            double[] x = random.doubles(INPUT, -1, 1).toArray();
            xs.add(x);
            for (int k = 0; k < INPUT; k++) {
                xFlat[t * INPUT + k] = (float) x[k];
            }
        }
        double[] h0 = random.doubles(HIDDEN, -0.5, 0.5).toArray();
        double[] c0 = random.doubles(HIDDEN, -0.5, 0.5).toArray();
        List<Cell.Step> steps = Recurrent.forward(cell, xs, new seqstream.rnn.State(h0, lstm ? c0 : null));

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(file.toString(), new OrtSession.SessionOptions())) {
            var inputs = new java.util.HashMap<String, OnnxTensor>();
            inputs.put("x", OnnxTensor.createTensor(env, FloatBuffer.wrap(xFlat), new long[] {STEPS, 1, INPUT}));
            inputs.put("h0", OnnxTensor.createTensor(env, FloatBuffer.wrap(toFloat(h0)), new long[] {1, 1, HIDDEN}));
            if (lstm) {
                inputs.put("c0", OnnxTensor.createTensor(env, FloatBuffer.wrap(toFloat(c0)), new long[] {1, 1, HIDDEN}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][][] y = (float[][][][]) result.get("y").orElseThrow().getValue();
                double worst = 0;
                for (int t = 0; t < STEPS; t++) {
                    for (int k = 0; k < HIDDEN; k++) {
                        worst = Math.max(worst, Math.abs(y[t][0][0][k] - steps.get(t).state().h()[k]));
                    }
                }
                assertThat(worst).isLessThan(1e-5);
            }
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] toFloat(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
