package seqstream.training.onnx;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;

/** Reading a trained DJL block's weights for an ONNX graph. */
public final class DjlWeights {
    /** PyTorch orders LSTM gates i, f, g, o; ONNX orders them i, o, f, c. */
    public static final int[] LSTM_TO_ONNX = {0, 3, 1, 2};
    /** PyTorch orders GRU gates r, z, n; ONNX orders them z, r, h. */
    public static final int[] GRU_TO_ONNX = {1, 0, 2};

    private DjlWeights() {
    }

    /** The block's parameter whose name ends with {@code suffix} ("weight", "l_0_i2h_WEIGHT", ...). */
    public static NDArray parameter(Block block, String suffix) {
        NDArray value = parameterOrNull(block, suffix);
        if (value == null) {
            throw new IllegalStateException("no parameter *" + suffix + " in " + block);
        }
        return value;
    }

    public static NDArray parameterOrNull(Block block, String suffix) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getKey().endsWith(suffix)) {
                return p.getValue().getArray();
            }
        }
        return null;
    }

    /** A recurrent weight or bias cut into its gate blocks (first axis) and put back in another order. */
    public static float[] reorderGates(NDArray value, int[] order) {
        NDList blocks = value.split(order.length, 0);
        NDList reordered = new NDList();
        for (int gate : order) {
            reordered.add(blocks.get(gate));
        }
        return NDArrays.concat(reordered, 0).toFloatArray();
    }

    /** A PyTorch LSTM weight or bias ("i2h_WEIGHT", "h2h_BIAS", ...) with its four gate blocks in ONNX's order. */
    public static float[] lstmGates(Block lstm, String suffix) {
        return reorderGates(parameter(lstm, suffix), LSTM_TO_ONNX);
    }

    /** x W^T + b for a DJL Linear, whose weight is [units, in]; the constants are added once per layer name. */
    public static String dense(OnnxGraph g, String name, Linear layer, String x) {
        String weight = name + "_weight_t";
        String bias = name + "_bias";
        if (!g.hasInitializer(weight)) {
            NDArray wt = parameter(layer, "weight").transpose();
            g.constant(weight, wt.toFloatArray(), wt.getShape().getShape());
            NDArray biasArray = parameterOrNull(layer, "bias");
            if (biasArray != null) {
                g.constant(bias, biasArray.toFloatArray(), biasArray.getShape().getShape());
            }
        }
        String product = g.node("MatMul", x, weight);
        return g.hasInitializer(bias) ? g.node("Add", product, bias) : product;
    }

    public static float[] concat(float[] a, float[] b) {
        float[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
