package seqstream.training.jazz;

import static seqstream.training.onnx.DjlWeights.concat;
import static seqstream.training.onnx.DjlWeights.dense;
import static seqstream.training.onnx.DjlWeights.lstmGates;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import seqstream.inference.StepGraph;
import seqstream.music.JazzSampler;
import seqstream.music.MusicValue;
import seqstream.training.onnx.OnnxGraph;

/**
 * The jazz model as one step graph, batched: (value, h, c, temperature) -> (next-value probabilities, h, c).
 * Java drives it one value at a time ({@link JazzSampler}); {@link MusicValue#START} is the first input.
 */
public final class JazzOnnxExport {
    private JazzOnnxExport() {
    }

    public static void write(JazzModel model, Path file) throws IOException {
        int v = MusicValue.COUNT;
        int in = JazzModel.INPUTS;
        int h = model.hidden;
        OnnxGraph g = new OnnxGraph("jazz-step");
        String value = g.input(JazzSampler.VALUE, DataType.INT64, -1);
        String hidden = g.input(StepGraph.HIDDEN, DataType.FLOAT, -1, h);
        String cell = g.input(StepGraph.CELL, DataType.FLOAT, -1, h);
        String temperature = g.input(StepGraph.TEMPERATURE, DataType.FLOAT, -1, 1);

        float[] table = new float[(v + 1) * in]; // each value's features, as the model was trained on them
        for (int i = 0; i <= v; i++) {
            System.arraycopy(MusicValue.features(i), 0, table, i * in, in);
        }
        String axis0 = g.longs("axis_0", 0);
        String x = g.node("Unsqueeze", g.node("Gather", g.constant("features", table, v + 1, in), value), axis0); // [1, B, in]
        String w = g.constant("lstm_W", lstmGates(model.lstm, "i2h_WEIGHT"), 1, 4L * h, in);
        String r = g.constant("lstm_R", lstmGates(model.lstm, "h2h_WEIGHT"), 1, 4L * h, h);
        String b = g.constant("lstm_B", concat(lstmGates(model.lstm, "i2h_BIAS"), lstmGates(model.lstm, "h2h_BIAS")), 1, 8L * h);
        String[] outputs = g.nodeWithOutputs("LSTM", new String[] {"lstm_Y", "lstm_Y_h", "lstm_Y_c"}, Map.of("hidden_size", (long) h),
                x, w, r, b, "", g.node("Unsqueeze", hidden, axis0), g.node("Unsqueeze", cell, axis0));
        String hOut = g.nodeNamed("Squeeze", StepGraph.HIDDEN_OUT, Map.of(), outputs[1], axis0);
        g.output(StepGraph.HIDDEN_OUT, DataType.FLOAT, -1, h);
        g.nodeNamed("Squeeze", StepGraph.CELL_OUT, Map.of(), outputs[2], axis0);
        g.output(StepGraph.CELL_OUT, DataType.FLOAT, -1, h);
        String logits = dense(g, "output", model.output, hOut); // dropout is the identity when playing
        g.nodeNamed("Softmax", StepGraph.PROBABILITIES, Map.of("axis", 1L), g.node("Div", logits, temperature));
        g.output(StepGraph.PROBABILITIES, DataType.FLOAT, -1, v);
        g.write(file, "seqstream training");
    }
}
