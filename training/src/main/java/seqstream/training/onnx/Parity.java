package seqstream.training.onnx;

import java.util.List;

/** What an exported graph is checked with: the DJL side's outputs (averaged over an ensemble's members) against ONNX's. */
public final class Parity {
    private Parity() {
    }

    /** The element-wise mean of the members' outputs, each [rows][values of that row], all of the same shape. */
    public static float[][] mean(List<float[][]> members) {
        float[][] first = members.getFirst();
        float[][] mean = new float[first.length][];
        for (int r = 0; r < first.length; r++) {
            mean[r] = new float[first[r].length];
            for (float[][] member : members) {
                for (int k = 0; k < mean[r].length; k++) {
                    mean[r][k] += member[r][k] / members.size();
                }
            }
        }
        return mean;
    }

    /** The largest absolute difference; infinite when two rows disagree on their length. */
    public static double maxDifference(float[][] a, float[][] b) {
        double worst = 0;
        for (int r = 0; r < a.length; r++) {
            if (a[r].length != b[r].length) {
                return Double.POSITIVE_INFINITY;
            }
            for (int k = 0; k < a[r].length; k++) {
                worst = Math.max(worst, Math.abs(a[r][k] - b[r][k]));
            }
        }
        return worst;
    }
}
