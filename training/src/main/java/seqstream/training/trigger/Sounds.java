package seqstream.training.trigger;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.jtransforms.fft.FloatFFT_1D;

/** Small operations on 16 kHz sample arrays: trimming silence, gain, generated backgrounds. */
public final class Sounds {
    private Sounds() {
    }

    /**
     * Cuts leading and trailing stretches whose loudness (RMS in 10 ms windows) stays below 5% (-26 dB) of the
     * loudest window, keeping 20 ms either side: where a word starts and ends. (A threshold on single samples
     * kept breath and room noise after the word: labels landed up to 0.24 s after the word had ended.)
     */
    public static float[] trim(float[] x) {
        int window = 160;
        int windows = x.length / window;
        double[] rms = new double[windows];
        double loudest = 0;
        for (int w = 0; w < windows; w++) {
            double sum = 0;
            for (int i = w * window; i < (w + 1) * window; i++) {
                sum += x[i] * x[i];
            }
            rms[w] = Math.sqrt(sum / window);
            loudest = Math.max(loudest, rms[w]);
        }
        int first = 0;
        while (first < windows && rms[first] < 0.05 * loudest) {
            first++;
        }
        int last = windows - 1;
        while (last > first && rms[last] < 0.05 * loudest) {
            last--;
        }
        if (first >= windows) {
            return x.clone();
        }
        int margin = 2 * window;
        return Arrays.copyOfRange(x, Math.max(0, first * window - margin), Math.min(x.length, (last + 1) * window + margin));
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

    /**
     * A generated background of one kind: white, pink or brown noise, mains hum, noise shaped by a random
     * equalizer (fans, engines, rain) or music (random chords of harmonic tones), at an RMS level.
     */
    public static float[] noise(RandomGenerator random, int length, double level) {
        float[] y = new float[length];
        switch (random.nextInt(6)) {
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
            case 2 -> { // brown: leaky integrated white noise, rumble
                double b = 0;
                for (int i = 0; i < length; i++) {
                    b = 0.995 * b + random.nextGaussian();
                    y[i] = (float) b;
                }
            }
            case 3 -> {
                double mains = random.nextBoolean() ? 50 : 60;
                for (int i = 0; i < length; i++) {
                    double t = i / 16_000.0;
                    y[i] = (float) (Math.sin(2 * Math.PI * mains * t) + 0.5 * Math.sin(4 * Math.PI * mains * t)
                            + 0.25 * Math.sin(6 * Math.PI * mains * t) + 0.05 * random.nextGaussian());
                }
            }
            case 4 -> {
                for (int i = 0; i < length; i++) {
                    y[i] = (float) random.nextGaussian();
                }
                y = equalized(random, y, 3, 15);
            }
            default -> y = music(random, length);
        }
        return withRms(y, level);
    }

    /** Steady whistles and beeps: one to three sine tones (300 Hz-3 kHz), each switching on and off now and then. */
    static float[] tones(RandomGenerator random, int length) {
        float[] y = new float[length];
        int count = 1 + random.nextInt(3);
        for (int t = 0; t < count; t++) {
            double frequency = 300 * Math.pow(10, random.nextDouble());
            boolean on = random.nextBoolean();
            int switchAt = random.nextInt(length);
            for (int i = 0; i < length; i++) {
                if (i == switchAt) {
                    on = !on;
                    switchAt = i + 8_000 + random.nextInt(4 * 16_000);
                }
                if (on) {
                    y[i] += (float) Math.sin(2 * Math.PI * frequency * i / 16_000);
                }
            }
        }
        return y;
    }

    /** Slowly swelling and fading, between 20% and 100% of the level, at 0.1-0.5 Hz. */
    static void swell(RandomGenerator random, float[] x) {
        double rate = 0.1 + 0.4 * random.nextDouble();
        for (int k = 0; k < x.length; k++) {
            x[k] *= (float) (0.6 + 0.4 * Math.sin(2 * Math.PI * rate * k / 16_000));
        }
    }

    /** Abrupt changes of level: two to four stretches, each at its own gain (0.1-1.5), each change made within 20 ms. */
    static void steps(RandomGenerator random, float[] x) {
        int stretches = 2 + random.nextInt(3);
        int length = x.length / stretches;
        double before = 0.1 + 1.4 * random.nextDouble();
        for (int stretch = 0; stretch < stretches; stretch++) {
            double gain = stretch == 0 ? before : 0.1 + 1.4 * random.nextDouble();
            int start = stretch * length;
            int end = stretch == stretches - 1 ? x.length : start + length;
            for (int k = start; k < end; k++) {
                double blend = Math.min(1, (k - start) / 320.0);
                x[k] *= (float) (before + (gain - before) * blend);
            }
            before = gain;
        }
    }

    /** Random chords of harmonic tones with plucked envelopes, 0.15-0.6 s each. */
    static float[] music(RandomGenerator random, int length) {
        float[] y = new float[length];
        int at = 0;
        while (at < length) {
            int duration = (int) (16_000 * (0.15 + 0.45 * random.nextDouble()));
            int voices = 1 + random.nextInt(3);
            for (int v = 0; v < voices; v++) {
                double pitch = 440 * Math.pow(2, (40 + random.nextInt(45) - 69) / 12.0);
                double brightness = 0.3 + 0.6 * random.nextDouble();
                for (int i = 0; i < duration && at + i < length; i++) {
                    double t = i / 16_000.0;
                    double envelope = Math.min(1, t / 0.01) * Math.exp(-t * 4);
                    double sample = 0;
                    for (int h = 1; h <= 6 && pitch * h < 7_500; h++) {
                        sample += Math.pow(brightness, h - 1) * Math.sin(2 * Math.PI * pitch * h * t);
                    }
                    y[at + i] += (float) (envelope * sample);
                }
            }
            at += duration;
        }
        return y;
    }

    /**
     * The signal through {@code 1..maxFilters} random peaking filters (RBJ biquads, 100 Hz-6 kHz, up to
     * +-{@code maxGainDb}): another microphone, room or throat.
     */
    public static float[] equalized(RandomGenerator random, float[] x, int maxFilters, double maxGainDb) {
        float[] y = x.clone();
        int filters = 1 + random.nextInt(maxFilters);
        for (int f = 0; f < filters; f++) {
            double frequency = 100 * Math.pow(60, random.nextDouble());
            double gain = Math.pow(10, (2 * random.nextDouble() - 1) * maxGainDb / 40);
            double q = 0.5 + 1.5 * random.nextDouble();
            double w = 2 * Math.PI * frequency / 16_000;
            double alpha = Math.sin(w) / (2 * q);
            double a0 = 1 + alpha / gain;
            double b0 = (1 + alpha * gain) / a0;
            double b1 = -2 * Math.cos(w) / a0;
            double b2 = (1 - alpha * gain) / a0;
            double a1 = b1;
            double a2 = (1 - alpha / gain) / a0;
            double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
            for (int i = 0; i < y.length; i++) {
                double in = y[i];
                double out = b0 * in + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
                x2 = x1;
                x1 = in;
                y2 = y1;
                y1 = out;
                y[i] = (float) out;
            }
        }
        return y;
    }

    /**
     * The signal in a random room: convolved (by FFT) with a synthetic impulse response, a direct path then
     * exponentially decaying noise with a reverberation time of 0.15-0.7 s, mixed at a random wet level.
     */
    public static float[] reverberated(RandomGenerator random, float[] x) {
        double rt60 = 0.15 + 0.55 * random.nextDouble();
        int tail = (int) (rt60 * 16_000);
        float[] response = new float[tail];
        double wet = 0.1 + 0.4 * random.nextDouble();
        for (int i = 1; i < tail; i++) {
            response[i] = (float) (wet * random.nextGaussian() * Math.pow(10, -3.0 * i / tail) / Math.sqrt(tail / 20.0));
        }
        response[0] = 1;
        int size = Integer.highestOneBit(x.length + tail) * 2;
        float[] a = new float[2 * size];
        float[] b = new float[2 * size];
        System.arraycopy(x, 0, a, 0, x.length);
        System.arraycopy(response, 0, b, 0, tail);
        FloatFFT_1D fft = new FloatFFT_1D(size);
        fft.realForwardFull(a);
        fft.realForwardFull(b);
        for (int k = 0; k < size; k++) {
            float re = a[2 * k] * b[2 * k] - a[2 * k + 1] * b[2 * k + 1];
            float im = a[2 * k] * b[2 * k + 1] + a[2 * k + 1] * b[2 * k];
            a[2 * k] = re;
            a[2 * k + 1] = im;
        }
        fft.complexInverse(a, true);
        float[] y = new float[x.length + Math.min(tail, 1_600)]; // 0.1 s of echo at most: the word still ends where it did
        for (int i = 0; i < y.length; i++) {
            y[i] = a[2 * i];
        }
        return y;
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
