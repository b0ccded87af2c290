package seqstream.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * The one feature front end of every audio model, streaming: 16 kHz mono in, one frame of log-mel energies
 * out every 10 ms (25 ms Hann window, 512-point FFT, {@value #BANDS} mel bands from 20 Hz to 8 kHz,
 * natural log of the power with a floor). Frame k covers samples [160k, 160k + 400). Chunks of any size
 * give the same frames as the whole signal at once.
 *
 * <p>For training only, the filters can be warped along the frequency axis (vocal-tract length perturbation,
 * Jaitly and Hinton 2013): with warp a, a filter meant for f hears a*f (piecewise linear above
 * {@value #WARP_KNEE_HZ} Hz so that 8 kHz stays 8 kHz), which moves every formant of a voice as a longer or
 * shorter vocal tract would, without changing its pitch or its timing.
 */
public final class LogMelFeatures {
    public static final int BANDS = 40;
    public static final int HOP = 160;
    public static final int WINDOW = 400;
    public static final int FFT_SIZE = 512;
    private static final double FLOOR = 1e-10;
    /**
     * Where the warp bends: a filter meant for f hears warp * f up to the frequency that lands on this one (on
     * warp * this one when the warp is below 1); Jaitly and Hinton's value.
     */
    private static final double WARP_KNEE_HZ = 4800;
    /** The warps a front end accepts: an octave either way, far beyond what vocal tracts differ by. */
    private static final double MIN_WARP = 0.5;
    private static final double MAX_WARP = 2.0;

    private final FloatFFT_1D fft = new FloatFFT_1D(FFT_SIZE);
    private final float[] hann = new float[WINDOW];
    private final float[][] filters;
    /** Each filter's non-zero bins, [first, last + 1): a filter spans a few bins, so most of the sum is skipped. */
    private final int[][] spans;
    private float[] pending = new float[0];

    /** The front end every model hears at serving time. */
    public LogMelFeatures() {
        this(1.0);
    }

    /** A front end whose filters are warped by {@code warp} (1: none); see the class comment. */
    public LogMelFeatures(double warp) {
        if (!(warp >= MIN_WARP && warp <= MAX_WARP)) {
            throw new IllegalArgumentException("a frequency warp must lie in [" + MIN_WARP + ", " + MAX_WARP + "]: " + warp);
        }
        filters = melFilters(warp);
        spans = spans(filters);
        for (int i = 0; i < WINDOW; i++) {
            hann[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / WINDOW));
        }
    }

    /** The frames these samples complete (perhaps none); samples of frames not yet complete are kept. */
    public List<float[]> process(float[] samples) {
        float[] all = Arrays.copyOf(pending, pending.length + samples.length);
        System.arraycopy(samples, 0, all, pending.length, samples.length);
        List<float[]> frames = new ArrayList<>();
        int start = 0;
        while (start + WINDOW <= all.length) {
            frames.add(frame(all, start));
            start += HOP;
        }
        pending = Arrays.copyOfRange(all, start, all.length);
        return frames;
    }

    private float[] frame(float[] samples, int start) {
        float[] spectrum = new float[FFT_SIZE];
        for (int i = 0; i < WINDOW; i++) {
            spectrum[i] = samples[start + i] * hann[i];
        }
        fft.realForward(spectrum);
        float[] power = new float[FFT_SIZE / 2 + 1];
        power[0] = spectrum[0] * spectrum[0];
        power[FFT_SIZE / 2] = spectrum[1] * spectrum[1];
        for (int k = 1; k < FFT_SIZE / 2; k++) {
            power[k] = spectrum[2 * k] * spectrum[2 * k] + spectrum[2 * k + 1] * spectrum[2 * k + 1];
        }
        float[] bands = new float[BANDS];
        for (int b = 0; b < BANDS; b++) {
            double energy = 0;
            for (int k = spans[b][0]; k < spans[b][1]; k++) {
                energy += filters[b][k] * power[k];
            }
            bands[b] = (float) Math.log(Math.max(energy, FLOOR));
        }
        return bands;
    }

    /** Triangular filters evenly spaced on the mel scale (HTK formula), their edges warped. */
    private static float[][] melFilters(double warp) {
        int bins = FFT_SIZE / 2 + 1;
        double low = mel(20);
        double high = mel(Audio.MODEL_RATE / 2.0);
        double[] edges = new double[BANDS + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = warped(hertz(low + (high - low) * i / (BANDS + 1)), warp) * FFT_SIZE / Audio.MODEL_RATE; // in FFT bins
        }
        float[][] filters = new float[BANDS][bins];
        for (int b = 0; b < BANDS; b++) {
            for (int k = 0; k < bins; k++) {
                double rise = (k - edges[b]) / (edges[b + 1] - edges[b]);
                double fall = (edges[b + 2] - k) / (edges[b + 2] - edges[b + 1]);
                filters[b][k] = (float) Math.max(0, Math.min(rise, fall));
            }
        }
        return filters;
    }

    /** f times the warp up to the knee, then a straight line to the Nyquist frequency, which stays where it is. */
    static double warped(double hz, double warp) {
        double nyquist = Audio.MODEL_RATE / 2.0;
        double knee = warpKnee(warp);
        if (hz <= knee) {
            return hz * warp;
        }
        // the line from where the knee lands (knee * warp) to the Nyquist frequency
        return nyquist - (nyquist - knee * warp) * (nyquist - hz) / (nyquist - knee);
    }

    /** The frequency at which a warp bends: the one it moves to the knee (to warp times the knee below 1). */
    static double warpKnee(double warp) {
        return WARP_KNEE_HZ * Math.min(warp, 1) / warp;
    }

    private static int[][] spans(float[][] filters) {
        int[][] spans = new int[filters.length][];
        for (int b = 0; b < filters.length; b++) {
            int first = 0;
            while (first < filters[b].length && filters[b][first] == 0) {
                first++;
            }
            int end = filters[b].length;
            while (end > first && filters[b][end - 1] == 0) {
                end--;
            }
            spans[b] = new int[] {first, end};
        }
        return spans;
    }

    private static double mel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double hertz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
