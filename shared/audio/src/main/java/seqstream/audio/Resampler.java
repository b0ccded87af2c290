package seqstream.audio;

import java.util.Arrays;

/**
 * Band-limited sample-rate conversion, streaming: a Kaiser-windowed sinc low-pass at 95% of the lower
 * Nyquist frequency, 16 zero crossings each side, looked up from a table (linear interpolation between
 * 512 phases per sample). Chunks of any size give the same output as the whole signal at once; output
 * sample n sits exactly at input time n * inRate / outRate (kept as integers, so it never drifts).
 */
public final class Resampler {
    private static final int ZERO_CROSSINGS = 16;
    private static final int PHASES = 512;
    private static final double KAISER_BETA = 8.6;

    private final int inRate;
    private final int outRate;
    private final double cutoff;     // of the input rate's Nyquist frequency
    private final double halfWidth;  // filter half-length, in input samples
    private final float[] table;     // filter at PHASES points per input sample, from 0 to halfWidth

    private float[] buffer = new float[0]; // input samples from index bufferStart on
    private long bufferStart;
    private long received;
    private long nextOutput;

    public Resampler(int inRate, int outRate) {
        if (inRate <= 0 || outRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + inRate + " -> " + outRate);
        }
        this.inRate = inRate;
        this.outRate = outRate;
        this.cutoff = 0.95 * Math.min(1.0, (double) outRate / inRate);
        this.halfWidth = ZERO_CROSSINGS / cutoff;
        this.table = new float[(int) Math.ceil(halfWidth * PHASES) + 2];
        for (int i = 0; i < table.length; i++) {
            double t = (double) i / PHASES;
            table[i] = (float) (t >= halfWidth ? 0 : cutoff * sinc(cutoff * t) * kaiser(t / halfWidth));
        }
    }

    /** Output for these input samples, as far as the filter can see; the rest comes with later input or {@link #flush()}. */
    public float[] process(float[] input) {
        append(input);
        return produce(false);
    }

    /** The last output samples, with silence after the end of the input. */
    public float[] flush() {
        return produce(true);
    }

    private void append(float[] input) {
        int keep = buffer.length;
        buffer = Arrays.copyOf(buffer, keep + input.length);
        System.arraycopy(input, 0, buffer, keep, input.length);
        received += input.length;
    }

    private float[] produce(boolean end) {
        long last = end ? (received * outRate + inRate - 1) / inRate : Long.MAX_VALUE; // outputs inside the input
        float[] out = new float[Math.max(0, (int) Math.min(Integer.MAX_VALUE - 8,
                (received + 1) * outRate / inRate - nextOutput + 2))];
        int produced = 0;
        while (nextOutput < last) {
            long numerator = nextOutput * inRate;
            long whole = numerator / outRate;
            double fraction = (double) (numerator % outRate) / outRate;
            double center = whole + fraction;
            long lastTap = (long) Math.floor(center + halfWidth);
            if (!end && lastTap >= received) {
                break; // this output needs input that has not arrived
            }
            if (produced == out.length) {
                out = Arrays.copyOf(out, out.length * 2 + 16);
            }
            out[produced++] = (float) convolve(center);
            nextOutput++;
        }
        dropConsumed();
        return Arrays.copyOf(out, produced);
    }

    private double convolve(double center) {
        long first = (long) Math.ceil(center - halfWidth);
        long last = (long) Math.floor(center + halfWidth);
        double sum = 0;
        for (long k = Math.max(first, bufferStart); k <= last && k < received; k++) {
            double position = Math.abs(center - k) * PHASES;
            int index = (int) position;
            double weight = position - index;
            double h = table[index] * (1 - weight) + table[index + 1] * weight;
            sum += buffer[(int) (k - bufferStart)] * h;
        }
        return sum;
    }

    /** Forgets input no future output can reach. */
    private void dropConsumed() {
        long numerator = nextOutput * inRate;
        long needed = (long) Math.ceil(numerator / (double) outRate - halfWidth) - 1;
        int drop = (int) Math.max(0, Math.min(buffer.length, needed - bufferStart));
        if (drop > 0) {
            buffer = Arrays.copyOfRange(buffer, drop, buffer.length);
            bufferStart += drop;
        }
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double kaiser(double x) {
        return x >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / besselI0(KAISER_BETA);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }
}
