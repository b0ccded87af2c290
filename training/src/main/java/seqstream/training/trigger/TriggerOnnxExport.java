package seqstream.training.trigger;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import seqstream.audio.LogMelFeatures;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.training.onnx.DjlWeights;
import seqstream.training.onnx.OnnxGraph;

/**
 * The trigger model as a streaming step graph, batched over streams: (new frames [B, 4n, 40], the last 4
 * frames before them [B, 4, 40], the GRU states of its member models side by side [B, sum of their sizes],
 * how many of the n steps are each stream's [B]) -> (scores [B, n], the mean of the members', of which each
 * stream's first steps count; the 4 frames after each stream's last step; the states after it). Streams with different
 * amounts of new audio share one call: the shorter ones are padded, and the GRU's sequence lengths stop each
 * stream's state at its own last step. Fed a stream piece by piece, it gives the scores the whole-clip model
 * gives.
 */
public final class TriggerOnnxExport {
    private static final String AXIS_0 = "axis_0";
    private static final String AXIS_1 = "axis_1";
    private static final String AXIS_2 = "axis_2";
    private static final String PATCHES_SHAPE = "patches_shape";

    private TriggerOnnxExport() {
    }

    /**
     * The members' step graphs side by side on the same frames: each member reads its own slice of the state
     * [B, sum of the members' sizes] (in the members' order) and writes it back in the same place; the scores are
     * the mean of the members'.
     */
    public static void write(List<TriggerModel> members, Path file) throws IOException {
        int bands = LogMelFeatures.BANDS;
        int stateSize = members.stream().mapToInt(TriggerModel::hidden).sum();
        int context = TriggerModel.KERNEL - TriggerModel.STRIDE;
        OnnxGraph g = new OnnxGraph("trigger-step");
        String frames = g.input(TriggerScorer.FRAMES, DataType.FLOAT, -1, -1, bands);
        String previous = g.input(TriggerScorer.CONTEXT, DataType.FLOAT, -1, context, bands);
        String state = g.input(TriggerScorer.STATE, DataType.FLOAT, -1, stateSize);
        String steps = g.input(TriggerScorer.STEPS, DataType.INT32, -1);

        String x = g.node("Concat", Map.of("axis", 1L), previous, frames); // [B, 4 + 4n, 40]
        // Axes and the patches' shape, shared by every member's nodes.
        g.longs(AXIS_0, 0);
        g.longs(AXIS_1, 1);
        g.longs(AXIS_2, 2);
        g.longs(PATCHES_SHAPE, 0, 0, (long) TriggerModel.PATCHES * TriggerModel.PATCH_FILTERS);
        String[] scores = new String[members.size()];
        String[] states = new String[members.size()];
        for (int m = 0, offset = 0; m < members.size(); offset += members.get(m).hidden(), m++) {
            String own = g.node("Slice", state, g.longs("state_start_" + m, offset),
                    g.longs("state_end_" + m, offset + members.get(m).hidden()), AXIS_1);
            String[] out = member(g, "m" + m + "_", members.get(m), x, own, steps);
            scores[m] = out[0];
            states[m] = out[1];
        }
        g.mean(TriggerScorer.SCORES, scores);
        g.nodeNamed("Concat", TriggerScorer.STATE_OUT, Map.of("axis", 1L), states);
        // The new context of stream b: x[b, 4 * steps_b + (0..3), :], the frames right after its last step's stride.
        String firstRow = g.node("Mul", g.node("Cast", Map.of("to", (long) DataType.INT64.getNumber()), steps),
                g.longs("stride", TriggerModel.STRIDE));
        String rows = g.node("Add", g.node("Unsqueeze", firstRow, AXIS_1), g.longs("context_rows", LongStream.range(0, context).toArray()));
        String index = g.node("Expand", g.node("Unsqueeze", rows, AXIS_2), g.longs("context_shape", 1, context, bands));
        g.nodeNamed("GatherElements", TriggerScorer.CONTEXT_OUT, Map.of("axis", 1L), x, index);
        g.output(TriggerScorer.SCORES, DataType.FLOAT, -1, -1);
        g.output(TriggerScorer.STATE_OUT, DataType.FLOAT, -1, stateSize);
        g.output(TriggerScorer.CONTEXT_OUT, DataType.FLOAT, -1, context, bands);
        g.write(file, "seqstream training");
    }

    /** One member on frames x [B, 4 + 4n, 40] from its state [B, hidden]: (scores [B, n], state after). */
    private static String[] member(OnnxGraph g, String prefix, TriggerModel model, String x, String state, String steps) {
        int bands = LogMelFeatures.BANDS;
        int h = model.hidden();
        String normalized = g.node("Div", g.node("Sub", x, g.constant(prefix + "band_mean", model.mean, bands)),
                g.constant(prefix + "band_std", model.std, bands));
        // The model's patch weight [filter, frame * 8 + band] is ONNX Conv's [filter, 1, frame, band] as it is.
        String convolved = g.node("Conv", Map.of("strides", new long[] {TriggerModel.STRIDE, TriggerModel.PATCH_STRIDE},
                "kernel_shape", new long[] {TriggerModel.KERNEL, TriggerModel.PATCH_BANDS}),
                g.node("Unsqueeze", normalized, AXIS_1), // [B, 1, T, 40]
                g.constant(prefix + "conv_W", DjlWeights.parameter(model.conv, "weight").toFloatArray(),
                        TriggerModel.PATCH_FILTERS, 1, TriggerModel.KERNEL, TriggerModel.PATCH_BANDS),
                g.constant(prefix + "conv_B", DjlWeights.parameter(model.conv, "bias").toFloatArray(), TriggerModel.PATCH_FILTERS));
        // [B, PF, S, P] -> [B, S, P, PF] -> [B, S, P * PF]: the mix's input index is patch * PF + filter.
        String patches = g.node("Reshape", g.node("Transpose", Map.of("perm", new long[] {0, 2, 3, 1}), g.node("Relu", convolved)),
                PATCHES_SHAPE);
        String mixed = DjlWeights.dense(g, prefix + "mix", model.mix, patches);
        String timeMajor = g.node("Transpose", Map.of("perm", new long[] {1, 0, 2}), g.node("Relu", mixed)); // [S, B, F]

        String w = g.constant(prefix + "gru_W", DjlWeights.reorderGates(DjlWeights.parameter(model.gru, "i2h_WEIGHT"),
                DjlWeights.GRU_TO_ONNX), 1, 3L * h, TriggerModel.FILTERS);
        String r = g.constant(prefix + "gru_R", DjlWeights.reorderGates(DjlWeights.parameter(model.gru, "h2h_WEIGHT"),
                DjlWeights.GRU_TO_ONNX), 1, 3L * h, h);
        String b = g.constant(prefix + "gru_B", DjlWeights.concat(
                DjlWeights.reorderGates(DjlWeights.parameter(model.gru, "i2h_BIAS"), DjlWeights.GRU_TO_ONNX),
                DjlWeights.reorderGates(DjlWeights.parameter(model.gru, "h2h_BIAS"), DjlWeights.GRU_TO_ONNX)), 1, 6L * h);
        // PyTorch's GRU applies the reset gate after the recurrent matrix product: ONNX's linear_before_reset = 1.
        String[] gru = g.nodeWithOutputs("GRU", new String[] {g.uniqueName(prefix + "gru_Y"), g.uniqueName(prefix + "gru_Y_h")},
                Map.of("hidden_size", (long) h, "linear_before_reset", 1L),
                timeMajor, w, r, b, steps, g.node("Unsqueeze", state, AXIS_0));
        String batchMajor = g.node("Transpose", Map.of("perm", new long[] {1, 0, 2}), g.node("Squeeze", gru[0], AXIS_1)); // [B, S, H]
        String logits = DjlWeights.dense(g, prefix + "out", model.output, batchMajor);
        String scores = g.node("Squeeze", g.node("Sigmoid", logits), AXIS_2);
        return new String[] {scores, g.node("Squeeze", gru[1], AXIS_0)};
    }
}
