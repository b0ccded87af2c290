package seqstream.training.emoji;

import static seqstream.training.onnx.DjlWeights.concat;
import static seqstream.training.onnx.DjlWeights.dense;
import static seqstream.training.onnx.DjlWeights.lstmGates;

import ai.djl.nn.recurrent.LSTM;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import seqstream.text.emoji.Emojifier;
import seqstream.training.onnx.OnnxGraph;

/**
 * Writes a trained {@link EmojiModel} as ONNX: inputs {@link Emojifier#VECTORS} [batch, words, dims] and
 * {@link Emojifier#LENGTHS} int32 [batch], output {@link Emojifier#PROBABILITIES} [batch, 5]. v2 appends
 * {@link EmojiModel#TRAILING_STEPS} zero vectors to the batch and gives the LSTMs each sentence's length plus
 * those as sequence_lens, so each sentence's state is read that many steps past its own last word, as in training.
 */
public final class EmojiOnnxExport {
    private EmojiOnnxExport() {
    }

    public static void write(EmojiModel model, int dimensions, Path file) throws IOException {
        OnnxGraph g = new OnnxGraph("emojify-" + model.version);
        String vectors = g.input(Emojifier.VECTORS, DataType.FLOAT, -1, -1, dimensions);
        String lengths = g.input(Emojifier.LENGTHS, DataType.INT32, -1);
        String features;
        if (model.first == null) {
            String sum = g.node("ReduceSum", Map.of("keepdims", 0L), vectors, g.longs("words_axis", 1));
            String count = g.node("Unsqueeze", g.node("Cast", Map.of("to", (long) DataType.FLOAT.getNumber()), lengths), g.longs("one", 1));
            features = g.node("Div", sum, count);
        } else {
            String padded = g.node("Pad", vectors, g.longs("trailing_pads", 0, 0, 0, 0, EmojiModel.TRAILING_STEPS, 0));
            String steps = g.node("Cast", Map.of("to", (long) DataType.INT32.getNumber()),
                    g.node("Add", g.node("Cast", Map.of("to", (long) DataType.INT64.getNumber()), lengths),
                            g.longs("trailing_steps", EmojiModel.TRAILING_STEPS)));
            String timeMajor = g.node("Transpose", Map.of("perm", new long[] {1, 0, 2}), padded);
            String firstStates = g.node("Squeeze", lstm(g, "lstm1", model.first, timeMajor, dimensions, steps)[0], g.longs("direction_axis", 1));
            features = g.node("Squeeze", lstm(g, "lstm2", model.second, firstStates, EmojiModel.UNITS, steps)[1], g.longs("layer_axis", 0));
        }
        g.nodeNamed("Softmax", Emojifier.PROBABILITIES, Map.of("axis", 1L), dense(g, "output", model.output, features));
        g.output(Emojifier.PROBABILITIES, DataType.FLOAT, -1, EmojiModel.CLASSES);
        g.write(file, "seqstream training");
    }

    /** An ONNX LSTM with a DJL LSTM's weights; returns {Y [T, 1, B, H], Y_h [1, B, H]}. */
    private static String[] lstm(OnnxGraph g, String name, LSTM lstm, String x, int inputSize, String steps) {
        int h = EmojiModel.UNITS;
        String w = g.constant(name + "_W", lstmGates(lstm, "i2h_WEIGHT"), 1, 4L * h, inputSize);
        String r = g.constant(name + "_R", lstmGates(lstm, "h2h_WEIGHT"), 1, 4L * h, h);
        String b = g.constant(name + "_B", concat(lstmGates(lstm, "i2h_BIAS"), lstmGates(lstm, "h2h_BIAS")), 1, 8L * h);
        return g.nodeWithOutputs("LSTM", new String[] {name + "_Y", name + "_Y_h"}, Map.of("hidden_size", (long) h), x, w, r, b, steps);
    }
}
