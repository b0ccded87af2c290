package seqstream.training.emoji;

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

/**
 * The two emojify models, as the course builds them. Input: word vectors [batch, words, dims] (zero after each
 * sentence's end) and each sentence's length [batch]; output: logits [batch, 5].
 *
 * <ul>
 *   <li>v1: the average of the word vectors -> dense -> (softmax);</li>
 *   <li>v2: LSTM 128 -> dropout 0.5 -> LSTM 128 -> its state {@value #TRAILING_STEPS} zero vectors past the last
 *   word -> dropout 0.5 -> dense -> (softmax), its LSTMs initialized as Keras does.</li>
 * </ul>
 *
 * <p>The zero vectors after each sentence are the course's: its Keras model pads every sentence with zeros to
 * the longest training sentence (10 words) and reads the state at the end of the padding. Here every sentence
 * gets the same number of them, so a sentence's answer does not depend on its length limit or on the batch it
 * is in. Measured (5-fold cross-validation on the training sentences, 5-10 seeds): 0.72-0.74 with 10 steps,
 * 0.69-0.71 with 3 or 6, 0.649 reading the state at the last word.
 */
public final class EmojiModel extends AbstractBlock {
    public static final int CLASSES = 5;
    public static final int UNITS = 128;
    public static final float DROPOUT = 0.5f;
    public static final int TRAILING_STEPS = 10;

    final String version;
    final LSTM first;
    final LSTM second;
    final Dropout dropout;
    final Linear output;

    private EmojiModel(String version) {
        this.version = version;
        boolean lstm = version.equals("v2");
        first = lstm ? addChildBlock("lstm1", lstm()) : null;
        second = lstm ? addChildBlock("lstm2", lstm()) : null;
        dropout = lstm ? addChildBlock("dropout", Dropout.builder().optRate(DROPOUT).build()) : null;
        output = addChildBlock("output", Linear.builder().setUnits(CLASSES).build());
    }

    /** "v1" or "v2". */
    public static EmojiModel of(String version) {
        if (!version.equals("v1") && !version.equals("v2")) {
            throw new IllegalArgumentException("emojify models are v1 and v2, not " + version);
        }
        return new EmojiModel(version);
    }

    private static LSTM lstm() {
        return LSTM.builder().setStateSize(UNITS).setNumLayers(1).optBatchFirst(true).optReturnState(false).build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray vectors = inputs.get(0);
        NDArray lengths = inputs.get(1).reshape(-1, 1);
        NDArray features;
        if (first == null) {
            features = vectors.sum(new int[] {1}).div(lengths);
        } else {
            Shape shape = vectors.getShape();
            NDManager manager = vectors.getManager();
            NDArray padded = vectors.concat(manager.zeros(new Shape(shape.get(0), TRAILING_STEPS, shape.get(2))), 1);
            NDArray states = first.forward(ps, new NDList(padded), training).head();
            states = dropout.forward(ps, new NDList(states), training).head();
            states = second.forward(ps, new NDList(states), training).head(); // [B, T + trailing, H]
            NDArray steps = manager.arange((float) (shape.get(1) + TRAILING_STEPS)).expandDims(0);
            NDArray read = steps.eq(lengths.add(TRAILING_STEPS - 1)).toType(DataType.FLOAT32, false).expandDims(2);
            features = dropout.forward(ps, new NDList(states.mul(read).sum(new int[] {1})), training).head();
        }
        return new NDList(output.forward(ps, new NDList(features), training).head());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        long batch = x.get(0);
        if (first != null) {
            first.initialize(manager, dataType, x);
            second.initialize(manager, dataType, new Shape(batch, x.get(1), UNITS));
            KerasLstmInitialization.apply(first, manager);
            KerasLstmInitialization.apply(second, manager);
            output.initialize(manager, dataType, new Shape(batch, UNITS));
        } else {
            output.initialize(manager, dataType, new Shape(batch, x.get(2)));
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), CLASSES)};
    }
}
