package seqstream.training.dates;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The course's date translator: a bidirectional LSTM reads the one-hot characters; for each of the ten
 * output characters, attention weighs the encoder states given the previous decoder state, and an LSTM
 * cell turns the weighted context into the next decoder state and a character.
 *
 * <p>Two changes from the course, same function: the bidirectional layer is two LSTMs, one over the
 * flipped sequence (DJL's own bidirectional LSTM is broken on the PyTorch engine), and the attention's
 * first dense layer over [encoder state; decoder state] is split into its two halves, so the encoder half
 * is computed once instead of ten times.
 *
 * <p>Input: character indices [batch, input length]. Output: logits [batch, 10, output vocabulary] and
 * attention weights [batch, 10, input length].
 */
public final class DateAttentionModel extends AbstractBlock {
    public static final int ENCODER_UNITS = 32;
    public static final int DECODER_UNITS = 64;
    public static final int ATTENTION_UNITS = 10;

    final int inputVocabulary;
    final int outputVocabulary;
    final int outputLength;

    final LSTM encoderForward;
    final LSTM encoderBackward;
    /** Attention's first dense layer, encoder half (with the bias). */
    final Linear attentionFromEncoder;
    /** Attention's first dense layer, decoder-state half (no bias: the encoder half has it). */
    final Linear attentionFromState;
    /** Attention's second dense layer: one energy per input position. */
    final Linear attentionEnergy;
    /** The decoder LSTM cell's four gates from [context; state], in ONNX's gate order i, o, f, c. */
    final Linear decoderGates;
    final Linear output;

    public DateAttentionModel(int inputVocabulary, int outputVocabulary, int outputLength) {
        this.inputVocabulary = inputVocabulary;
        this.outputVocabulary = outputVocabulary;
        this.outputLength = outputLength;
        encoderForward = addChildBlock("encoderForward", encoderLstm());
        encoderBackward = addChildBlock("encoderBackward", encoderLstm());
        attentionFromEncoder = addChildBlock("attentionFromEncoder", Linear.builder().setUnits(ATTENTION_UNITS).build());
        attentionFromState = addChildBlock("attentionFromState",
                Linear.builder().setUnits(ATTENTION_UNITS).optBias(false).build());
        attentionEnergy = addChildBlock("attentionEnergy", Linear.builder().setUnits(1).build());
        decoderGates = addChildBlock("decoderGates", Linear.builder().setUnits(4L * DECODER_UNITS).build());
        output = addChildBlock("output", Linear.builder().setUnits(outputVocabulary).build());
    }

    private static LSTM encoderLstm() {
        return LSTM.builder().setStateSize(ENCODER_UNITS).setNumLayers(1).optBatchFirst(true).optReturnState(false).build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray chars = inputs.singletonOrThrow();
        NDArray oneHot = chars.oneHot(inputVocabulary, DataType.FLOAT32);
        NDArray forward = encoderForward.forward(ps, new NDList(oneHot), training).head();
        NDArray backward = encoderBackward.forward(ps, new NDList(oneHot.flip(1)), training).head().flip(1);
        NDArray encoded = forward.concat(backward, 2); // [B, T, 2 * ENCODER_UNITS]
        NDArray encoderPart = attentionFromEncoder.forward(ps, new NDList(encoded), training).head(); // [B, T, A]

        long batch = chars.getShape().get(0);
        NDManager manager = chars.getManager();
        NDArray state = manager.zeros(new Shape(batch, DECODER_UNITS));
        NDArray cell = manager.zeros(new Shape(batch, DECODER_UNITS));
        NDList logits = new NDList();
        NDList attention = new NDList();
        for (int t = 0; t < outputLength; t++) {
            NDArray statePart = attentionFromState.forward(ps, new NDList(state), training).head().expandDims(1);
            NDArray hidden = encoderPart.add(statePart).tanh();
            NDArray energy = attentionEnergy.forward(ps, new NDList(hidden), training).head().squeeze(2);
            NDArray weights = energy.maximum(0f).softmax(1); // [B, T]: the course's ReLU energies
            NDArray context = weights.expandDims(2).mul(encoded).sum(new int[] {1}); // [B, 2 * ENCODER_UNITS]

            NDArray gates = decoderGates.forward(ps, new NDList(context.concat(state, 1)), training).head();
            NDList split = gates.split(4, 1);
            NDArray in = sigmoid(split.get(0));
            NDArray out = sigmoid(split.get(1));
            NDArray forget = sigmoid(split.get(2));
            NDArray candidate = split.get(3).tanh();
            cell = forget.mul(cell).add(in.mul(candidate));
            state = out.mul(cell.tanh());

            logits.add(output.forward(ps, new NDList(state), training).head());
            attention.add(weights);
        }
        return new NDList(NDArrays.stack(logits, 1), NDArrays.stack(attention, 1));
    }

    private static NDArray sigmoid(NDArray x) {
        return Activation.sigmoid(x);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        long length = inputShapes[0].get(1);
        Shape oneHot = new Shape(batch, length, inputVocabulary);
        encoderForward.initialize(manager, dataType, oneHot);
        encoderBackward.initialize(manager, dataType, oneHot);
        attentionFromEncoder.initialize(manager, dataType, new Shape(batch, length, 2L * ENCODER_UNITS));
        attentionFromState.initialize(manager, dataType, new Shape(batch, DECODER_UNITS));
        attentionEnergy.initialize(manager, dataType, new Shape(batch, length, ATTENTION_UNITS));
        decoderGates.initialize(manager, dataType, new Shape(batch, 2L * ENCODER_UNITS + DECODER_UNITS));
        output.initialize(manager, dataType, new Shape(batch, DECODER_UNITS));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return new Shape[] {
            new Shape(batch, outputLength, outputVocabulary), new Shape(batch, outputLength, inputShapes[0].get(1))
        };
    }
}
