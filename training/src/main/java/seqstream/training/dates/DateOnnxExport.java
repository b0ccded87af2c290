package seqstream.training.dates;

import static seqstream.training.onnx.DjlWeights.concat;
import static seqstream.training.onnx.DjlWeights.dense;
import static seqstream.training.onnx.DjlWeights.lstmGates;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import seqstream.text.dates.DateTranslator;
import seqstream.training.onnx.OnnxGraph;

/**
 * Writes a trained {@link DateAttentionModel} as one ONNX graph with the ten decoder steps unrolled (the
 * decoder takes no feedback from its own output, so there is nothing for Java to drive step by step).
 * Input {@link DateTranslator#INPUT}; outputs {@link DateTranslator#PROBABILITIES} (softmax, not logits)
 * and {@link DateTranslator#ATTENTION}.
 */
public final class DateOnnxExport {
    private DateOnnxExport() {
    }

    public static void write(DateAttentionModel model, int inputLength, Path file) throws IOException {
        OnnxGraph g = new OnnxGraph("dates");
        int v = model.inputVocabulary;
        int h = DateAttentionModel.ENCODER_UNITS;
        int d = DateAttentionModel.DECODER_UNITS;

        String chars = g.input(DateTranslator.INPUT, DataType.INT64, -1, inputLength);
        // One-hot by gathering rows of an identity matrix: [N, T, V].
        float[] identity = new float[v * v];
        for (int i = 0; i < v; i++) {
            identity[i * v + i] = 1;
        }
        String oneHot = g.node("Gather", g.constant("identity", identity, v, v), chars);
        String timeMajor = g.node("Transpose", Map.of("perm", new long[] {1, 0, 2}), oneHot);

        // The bidirectional encoder: ONNX's reverse direction is exactly "run over the flipped sequence, flip back".
        String w = g.constant("encoder_W", concat(lstmGates(model.encoderForward, "i2h_WEIGHT"),
                lstmGates(model.encoderBackward, "i2h_WEIGHT")), 2, 4L * h, v);
        String r = g.constant("encoder_R", concat(lstmGates(model.encoderForward, "h2h_WEIGHT"),
                lstmGates(model.encoderBackward, "h2h_WEIGHT")), 2, 4L * h, h);
        String b = g.constant("encoder_B", concat(
                concat(lstmGates(model.encoderForward, "i2h_BIAS"), lstmGates(model.encoderForward, "h2h_BIAS")),
                concat(lstmGates(model.encoderBackward, "i2h_BIAS"), lstmGates(model.encoderBackward, "h2h_BIAS"))),
                2, 8L * h);
        String encoderStates = g.nodeWithOutputs("LSTM", new String[] {"encoder_Y"},
                Map.of("hidden_size", (long) h, "direction", "bidirectional"), timeMajor, w, r, b)[0]; // [T, 2, N, H]
        String batchMajor = g.node("Transpose", Map.of("perm", new long[] {2, 0, 1, 3}), encoderStates); // [N, T, 2, H]
        String encoded = g.node("Reshape", batchMajor, g.longs("encoded_shape", 0, 0, 2L * h)); // [N, T, 2H]

        String encoderPart = dense(g, "attention_encoder", model.attentionFromEncoder, encoded);
        // Zero initial decoder state, [N, D], with N taken from the input.
        String batch = g.node("Gather", Map.of("axis", 0L), g.node("Shape", chars), g.longs("zero_index", 0));
        String stateShape = g.node("Concat", Map.of("axis", 0L), batch, g.longs("decoder_units", d));
        String state = g.node("ConstantOfShape", stateShape);
        String cell = state;

        String axis1 = g.longs("axis_1", 1);
        String gateSizes = g.longs("gate_sizes", d, d, d, d);
        List<String> probabilities = new ArrayList<>();
        List<String> attention = new ArrayList<>();
        for (int t = 0; t < model.outputLength; t++) {
            String statePart = g.node("Unsqueeze", dense(g, "attention_state", model.attentionFromState, state), axis1);
            String hidden = g.node("Tanh", g.node("Add", encoderPart, statePart));
            String energy = g.node("Relu", dense(g, "attention_energy", model.attentionEnergy, hidden)); // [N, T, 1]
            String weights = g.node("Softmax", Map.of("axis", 1L), energy);
            String context = g.node("ReduceSum", Map.of("keepdims", 0L), g.node("Mul", weights, encoded), axis1);

            String gates = dense(g, "decoder_gates", model.decoderGates,
                    g.node("Concat", Map.of("axis", 1L), context, state));
            String[] split = g.nodeWithOutputs("Split", new String[] {g.uniqueName("in"), g.uniqueName("out"),
                g.uniqueName("forget"), g.uniqueName("candidate")}, Map.of("axis", 1L), gates, gateSizes);
            cell = g.node("Add", g.node("Mul", g.node("Sigmoid", split[2]), cell),
                    g.node("Mul", g.node("Sigmoid", split[0]), g.node("Tanh", split[3])));
            state = g.node("Mul", g.node("Sigmoid", split[1]), g.node("Tanh", cell));

            String step = g.node("Softmax", Map.of("axis", 1L), dense(g, "output", model.output, state));
            probabilities.add(g.node("Unsqueeze", step, axis1));
            attention.add(weights);
        }
        g.nodeNamed("Concat", DateTranslator.PROBABILITIES, Map.of("axis", 1L), probabilities.toArray(String[]::new));
        g.nodeNamed("Transpose", DateTranslator.ATTENTION, Map.of("perm", new long[] {0, 2, 1}),
                g.node("Concat", Map.of("axis", 2L), attention.toArray(String[]::new)));
        g.output(DateTranslator.PROBABILITIES, DataType.FLOAT, -1, model.outputLength, model.outputVocabulary);
        g.output(DateTranslator.ATTENTION, DataType.FLOAT, -1, model.outputLength, inputLength);
        g.write(file, "seqstream training");
    }
}
