package seqstream.training.jazz;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import seqstream.music.MusicValue;

/**
 * The course's jazz model over value features ({@link MusicValue#features}) -> LSTM -> dropout -> dense over
 * the values. Input [batch, steps, features], output logits [batch, steps, values].
 */
public final class JazzModel extends AbstractBlock {
    static final int INPUTS = MusicValue.FEATURES;

    final int hidden;
    final LSTM lstm;
    final Dropout dropout;
    final Linear output;

    JazzModel(int hidden, float dropoutRate) {
        this.hidden = hidden;
        lstm = addChildBlock("lstm", LSTM.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).optReturnState(false).build());
        dropout = addChildBlock("dropout", Dropout.builder().optRate(dropoutRate).build());
        output = addChildBlock("output", Linear.builder().setUnits(MusicValue.COUNT).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray states = lstm.forward(ps, new NDList(inputs.head()), training).head();
        states = dropout.forward(ps, new NDList(states), training).head();
        return new NDList(output.forward(ps, new NDList(states), training).head());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        lstm.initialize(manager, dataType, x);
        output.initialize(manager, dataType, new Shape(x.get(0), x.get(1), hidden));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        return new Shape[] {new Shape(x.get(0), x.get(1), MusicValue.COUNT)};
    }
}
