package seqstream.training.emoji;

import static seqstream.training.onnx.DjlWeights.concat;
import static seqstream.training.onnx.DjlWeights.dense;
import static seqstream.training.onnx.DjlWeights.lstmGates;

import ai.djl.nn.recurrent.LSTM;
import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import seqstream.text.emoji.Emojifier;
import seqstream.training.onnx.OnnxGraph;

/**
 * Writes a trained {@link EmojiModel} as ONNX: inputs {@link Emojifier#VECTORS} [batch, words, dims] and
 * {@link Emojifier#LENGTHS} int32 [batch], output {@link Emojifier#PROBABILITIES} [batch, 5], the mean of its
 * member models' (several v2 models trained from different seeds; one v1). v2 appends
 * {@link EmojiModel#TRAILING_STEPS} zero vectors to the batch and gives the LSTMs each sentence's length plus
 * those as sequence_lens, so each sentence's state is read that many steps past its own last word, as in training.
 */
public final class EmojiOnnxExport {
    private EmojiOnnxExport() {
    }

    /** The members side by side on the same input; the probabilities are the mean of the members'. */
    public static void write(List<EmojiModel> members, int dimensions, Path file) throws IOException {
        OnnxGraph g = new OnnxGraph("emojify-" + members.getFirst().version);
        String vectors = g.input(Emojifier.VECTORS, DataType.FLOAT, -1, -1, dimensions);
        String lengths = g.input(Emojifier.LENGTHS, DataType.INT32, -1);
        String[] probabilities = new String[members.size()];
        for (int m = 0; m < members.size(); m++) {
            String prefix = "m" + m + "_";
            String features = members.get(m).first == null ? average(g, prefix, vectors, lengths)
                    : lastState(g, prefix, members.get(m), vectors, lengths, dimensions);
            probabilities[m] = g.node("Softmax", Map.of("axis", 1L), dense(g, prefix + "output", members.get(m).output, features));
        }
        g.mean(Emojifier.PROBABILITIES, probabilities);
        g.output(Emojifier.PROBABILITIES, DataType.FLOAT, -1, EmojiModel.CLASSES);
        g.write(file, "seqstream training");
    }

    /** v1's features: the mean of each sentence's word vectors (the padding is zero, so the sum is the words'). */
    private static String average(OnnxGraph g, String prefix, String vectors, String lengths) {
        String sum = g.node("ReduceSum", Map.of("keepdims", 0L), vectors, g.longs(prefix + "words_axis", 1));
        String count = g.node("Unsqueeze", g.node("Cast", Map.of("to", (long) DataType.FLOAT.getNumber()), lengths),
                g.longs(prefix + "one", 1));
        return g.node("Div", sum, count);
    }

    /** v2's features: the second LSTM's state {@link EmojiModel#TRAILING_STEPS} zero steps past each sentence. */
    private static String lastState(OnnxGraph g, String prefix, EmojiModel model, String vectors, String lengths, int dimensions) {
        String padded = g.node("Pad", vectors, g.longs(prefix + "trailing_pads", 0, 0, 0, 0, EmojiModel.TRAILING_STEPS, 0));
        String steps = g.node("Cast", Map.of("to", (long) DataType.INT32.getNumber()),
                g.node("Add", g.node("Cast", Map.of("to", (long) DataType.INT64.getNumber()), lengths),
                        g.longs(prefix + "trailing_steps", EmojiModel.TRAILING_STEPS)));
        String timeMajor = g.node("Transpose", Map.of("perm", new long[] {1, 0, 2}), padded);
        String firstStates = g.node("Squeeze", lstm(g, prefix + "lstm1", model.first, timeMajor, dimensions, steps)[0],
                g.longs(prefix + "direction_axis", 1));
        return g.node("Squeeze", lstm(g, prefix + "lstm2", model.second, firstStates, EmojiModel.UNITS, steps)[1],
                g.longs(prefix + "layer_axis", 0));
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
