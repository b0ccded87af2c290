package seqstream.training.trigger;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.GRU;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import seqstream.audio.LogMelFeatures;

/**
 * The trigger detector: log-mel frames, normalized per band, -> Conv1D ({@value #FILTERS} filters, kernel
 * {@value #KERNEL} frames, stride {@value #STRIDE}: one step per 40 ms) -> ReLU -> GRU ({@value #HIDDEN}
 * units, one direction, so it streams) -> dense -> one logit per step. No padding anywhere: step j sees
 * frames 4j to 4j+7, so a stream can be fed in pieces and carry only the last 4 frames and the GRU state.
 *
 * <p>Input [batch, 40, frames] (bands first, as the convolution reads them); output logits [batch, steps].
 * The input is laid out that way by the caller, not transposed here: DJL's PyTorch convolution gave
 * results that depend on the sequence length when fed a transposed (non-contiguous) tensor (measured: the
 * first output changed between 32 and 998 frames), and the ONNX parity check caught it.
 */
public final class TriggerModel extends AbstractBlock {
    public static final int KERNEL = 8;
    public static final int STRIDE = 4;
    public static final int FILTERS = 96;
    public static final int HIDDEN = 64;

    final float[] mean;
    final float[] std;
    final Conv1d conv;
    final GRU gru;
    final Linear output;

    public TriggerModel(float[] mean, float[] std) {
        this.mean = mean;
        this.std = std;
        conv = addChildBlock("conv", Conv1d.builder().setKernelShape(new Shape(KERNEL)).setFilters(FILTERS)
                .optStride(new Shape(STRIDE)).build());
        gru = addChildBlock("gru", GRU.builder().setStateSize(HIDDEN).setNumLayers(1).optBatchFirst(true)
                .optReturnState(false).build());
        output = addChildBlock("output", Linear.builder().setUnits(1).build());
    }

    public float[] mean() {
        return mean.clone();
    }

    public float[] std() {
        return std.clone();
    }

    /** Steps for a number of frames. */
    public static int steps(int frames) {
        return frames < KERNEL ? 0 : (frames - KERNEL) / STRIDE + 1;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray bands = inputs.singletonOrThrow(); // [B, 40, T]
        NDManager manager = bands.getManager();
        Shape column = new Shape(LogMelFeatures.BANDS, 1);
        NDArray normalized = bands.sub(manager.create(mean, column)).div(manager.create(std, column));
        NDArray convolved = conv.forward(ps, new NDList(normalized), training).head(); // [B, F, S]
        NDArray hidden = Activation.relu(convolved).transpose(0, 2, 1); // [B, S, F]
        NDArray states = gru.forward(ps, new NDList(hidden), training).head(); // [B, S, H]
        NDArray logits = output.forward(ps, new NDList(states), training).head().squeeze(2);
        return new NDList(logits);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        long frames = inputShapes[0].get(2);
        conv.initialize(manager, dataType, new Shape(batch, LogMelFeatures.BANDS, frames));
        long steps = steps((int) frames);
        gru.initialize(manager, dataType, new Shape(batch, steps, FILTERS));
        output.initialize(manager, dataType, new Shape(batch, steps, HIDDEN));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), steps((int) inputShapes[0].get(2)))};
    }
}
