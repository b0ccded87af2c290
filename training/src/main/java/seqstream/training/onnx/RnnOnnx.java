package seqstream.training.onnx;

import java.util.Map;
import seqstream.rnn.GruCell;
import seqstream.rnn.LstmCell;
import seqstream.rnn.Param;

/**
 * The rnn engine's LSTM and GRU as ONNX LSTM and GRU operators (one direction). ONNX wants W (input
 * weights), R (recurrent weights) and B (input biases, then recurrent biases) with gates in its own order:
 * i, o, f, c for the LSTM; z, r, h for the GRU.
 */
public final class RnnOnnx {
    private RnnOnnx() {
    }

    /** Adds an LSTM node; returns its outputs {Y, Y_h, Y_c}. */
    public static String[] lstm(OnnxGraph g, String name, LstmCell cell, String x, String initialH, String initialC) {
        int hidden = cell.hiddenSize();
        int input = cell.inputSize();
        // The engine's gates read [a_prev; x]: recurrent columns first, input columns after.
        Param[] onnxOrder = {cell.wi, cell.wo, cell.wf, cell.wc};
        Param[] biases = {cell.bi, cell.bo, cell.bf, cell.bc};
        float[] w = new float[4 * hidden * input];
        float[] r = new float[4 * hidden * hidden];
        float[] b = new float[8 * hidden];
        for (int gate = 0; gate < 4; gate++) {
            for (int row = 0; row < hidden; row++) {
                int out = gate * hidden + row;
                for (int col = 0; col < hidden; col++) {
                    r[out * hidden + col] = (float) onnxOrder[gate].get(row, col);
                }
                for (int col = 0; col < input; col++) {
                    w[out * input + col] = (float) onnxOrder[gate].get(row, hidden + col);
                }
                b[out] = (float) biases[gate].value[row]; // recurrent biases (second half) stay zero
            }
        }
        return g.nodeWithOutputs("LSTM", new String[] {name + "_Y", name + "_Y_h", name + "_Y_c"},
                Map.of("hidden_size", (long) hidden),
                x, g.constant(name + "_W", w, 1, 4L * hidden, input), g.constant(name + "_R", r, 1, 4L * hidden, hidden),
                g.constant(name + "_B", b, 1, 8L * hidden), "", initialH, initialC);
    }

    /** Adds a GRU node (linear_before_reset = 0, as the engine computes it); returns {Y, Y_h}. */
    public static String[] gru(OnnxGraph g, String name, GruCell cell, String x, String initialH) {
        int hidden = cell.hiddenSize();
        float[] w = stack(cell.wz, cell.wr, cell.wn);
        float[] r = stack(cell.rz, cell.rr, cell.rn);
        float[] b = new float[6 * hidden];
        System.arraycopy(stack(cell.bz, cell.br, cell.bn), 0, b, 0, 3 * hidden);
        return g.nodeWithOutputs("GRU", new String[] {name + "_Y", name + "_Y_h"},
                Map.of("hidden_size", (long) hidden, "linear_before_reset", 0L),
                x, g.constant(name + "_W", w, 1, 3L * hidden, cell.inputSize()),
                g.constant(name + "_R", r, 1, 3L * hidden, hidden), g.constant(name + "_B", b, 1, 6L * hidden), "", initialH);
    }

    /** Rows of several matrices one after the other, as floats. */
    public static float[] stack(Param... params) {
        int length = 0;
        for (Param p : params) {
            length += p.value.length;
        }
        float[] out = new float[length];
        int at = 0;
        for (Param p : params) {
            for (double v : p.value) {
                out[at++] = (float) v;
            }
        }
        return out;
    }

    /** W^T as floats: a [rows x cols] parameter as the [cols x rows] right operand of a MatMul. */
    public static float[] transposed(Param p) {
        float[] out = new float[p.value.length];
        for (int r = 0; r < p.rows; r++) {
            for (int c = 0; c < p.cols; c++) {
                out[c * p.rows + r] = (float) p.get(r, c);
            }
        }
        return out;
    }
}
