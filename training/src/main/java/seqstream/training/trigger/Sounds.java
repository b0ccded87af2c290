package seqstream.training.trigger;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Small operations on 16 kHz sample arrays: trimming silence, gain, generated backgrounds. */
public final class Sounds {
    private Sounds() {
    }

    /** Cuts leading and trailing stretches quieter than 2% of the peak (in 10 ms windows). */
    public static float[] trim(float[] x) {
        float peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        int window = 160;
        int start = 0;
        while (start + window < x.length && maxAbs(x, start, window) < 0.02f * peak) {
            start += window;
        }
        int end = x.length;
        while (end - window > start && maxAbs(x, end - window, window) < 0.02f * peak) {
            end -= window;
        }
        return Arrays.copyOfRange(x, start, end);
    }

    private static float maxAbs(float[] x, int from, int length) {
        float m = 0;
        for (int i = from; i < from + length; i++) {
            m = Math.max(m, Math.abs(x[i]));
        }
        return m;
    }

    /** Scales to a peak level. */
    public static float[] normalized(float[] x, double peak) {
        float max = 1e-9f;
        for (float v : x) {
            max = Math.max(max, Math.abs(v));
        }
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (x[i] / max * peak);
        }
        return y;
    }

    /** White or pink noise, or mains hum (50 or 60 Hz with harmonics), at an RMS level. */
    public static float[] noise(RandomGenerator random, int length, double level) {
        float[] y = new float[length];
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < length; i++) {
                    y[i] = (float) random.nextGaussian();
                }
            }
            case 1 -> { // pink: Paul Kellet's economy filter over white noise
                double b0 = 0;
                double b1 = 0;
                double b2 = 0;
                for (int i = 0; i < length; i++) {
                    double white = random.nextGaussian();
                    b0 = 0.99765 * b0 + white * 0.0990460;
                    b1 = 0.96300 * b1 + white * 0.2965164;
                    b2 = 0.57000 * b2 + white * 1.0526913;
                    y[i] = (float) (b0 + b1 + b2 + white * 0.1848);
                }
            }
            default -> {
                double mains = random.nextBoolean() ? 50 : 60;
                for (int i = 0; i < length; i++) {
                    double t = i / 16_000.0;
                    y[i] = (float) (Math.sin(2 * Math.PI * mains * t) + 0.5 * Math.sin(4 * Math.PI * mains * t)
                            + 0.25 * Math.sin(6 * Math.PI * mains * t) + 0.05 * random.nextGaussian());
                }
            }
        }
        return withRms(y, level);
    }

    public static float[] withRms(float[] x, double level) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        double rms = Math.sqrt(sum / Math.max(1, x.length));
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (rms == 0 ? 0 : x[i] / rms * level);
        }
        return y;
    }

    /** Adds {@code source} into {@code target} from {@code at}, scaled. */
    public static void addInto(float[] target, float[] source, int at, double gain) {
        for (int i = 0; i < source.length && at + i < target.length; i++) {
            if (at + i >= 0) {
                target[at + i] += (float) (source[i] * gain);
            }
        }
    }
}
