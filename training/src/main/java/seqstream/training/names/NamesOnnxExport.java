package seqstream.training.names;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import seqstream.inference.StepGraph;
import seqstream.rnn.CharModel;
import seqstream.rnn.GruCell;
import seqstream.rnn.LstmCell;
import seqstream.text.names.NameSampler;
import seqstream.training.onnx.OnnxGraph;
import seqstream.training.onnx.RnnOnnx;

/**
 * The names model as one step graph, batched: (character, state, temperature) -> (next-character
 * probabilities, new state). Java drives it one character at a time ({@link NameSampler}). The character
 * index equal to the vocabulary size is the start of a name: the zero input the course feeds first.
 */
public final class NamesOnnxExport {
    private NamesOnnxExport() {
    }

    public static void write(CharModel model, Path file) throws IOException {
        int v = model.vocabulary;
        int h = model.cell.hiddenSize();
        boolean lstm = model.cell instanceof LstmCell;
        OnnxGraph g = new OnnxGraph("names-step");
        String chars = g.input(NameSampler.CHAR, DataType.INT64, -1);
        String hidden = g.input(StepGraph.HIDDEN, DataType.FLOAT, -1, h);
        String cell = lstm ? g.input(StepGraph.CELL, DataType.FLOAT, -1, h) : null;
        String temperature = g.input(StepGraph.TEMPERATURE, DataType.FLOAT, -1, 1);

        float[] table = new float[(v + 1) * v]; // one-hot rows, and a last row of zeros for "start"
        for (int i = 0; i < v; i++) {
            table[i * v + i] = 1;
        }
        String axis0 = g.longs("axis_0", 0);
        String x = g.node("Unsqueeze", g.node("Gather", g.constant("one_hot", table, v + 1, v), chars), axis0); // [1, B, V]
        String h0 = g.node("Unsqueeze", hidden, axis0);
        String[] outputs = lstm
                ? RnnOnnx.lstm(g, "lstm", (LstmCell) model.cell, x, h0, g.node("Unsqueeze", cell, axis0))
                : RnnOnnx.gru(g, "gru", (GruCell) model.cell, x, h0);
        String hOut = g.nodeNamed("Squeeze", StepGraph.HIDDEN_OUT, Map.of(), outputs[1], axis0);
        g.output(StepGraph.HIDDEN_OUT, DataType.FLOAT, -1, h);
        if (lstm) {
            g.nodeNamed("Squeeze", StepGraph.CELL_OUT, Map.of(), outputs[2], axis0);
            g.output(StepGraph.CELL_OUT, DataType.FLOAT, -1, h);
        }
        String logits = g.node("Add", g.node("MatMul", hOut, g.constant("Wy_t", RnnOnnx.transposed(model.output.wy), h, v)),
                g.constant("by", RnnOnnx.stack(model.output.by), v));
        g.nodeNamed("Softmax", StepGraph.PROBABILITIES, Map.of("axis", 1L), g.node("Div", logits, temperature));
        g.output(StepGraph.PROBABILITIES, DataType.FLOAT, -1, v);
        g.write(file, "seqstream training (rnn engine)");
    }
}
