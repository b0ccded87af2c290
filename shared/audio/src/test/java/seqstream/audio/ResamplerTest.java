package seqstream.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    private static float[] tone(double hz, int rate, int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return x;
    }

    private static float[] whole(int in, int out, float[] x) {
        return new Audio(x, in).resampledTo(out).samples();
    }

    @Test
    void chunksOfAnySizeGiveTheSameOutputAsTheWholeSignal() {
        float[] x = randomSignal(44_100);
        float[] expected = whole(44_100, 16_000, x);
        Resampler resampler = new Resampler(44_100, 16_000);
        SplittableRandom sizes = new SplittableRandom(2);
        float[] chunked = new float[0];
        for (int at = 0; at < x.length; ) {
            int size = Math.min(x.length - at, 1 + sizes.nextInt(3000));
            chunked = concat(chunked, resampler.process(Arrays.copyOfRange(x, at, at + size)));
            at += size;
        }
        chunked = concat(chunked, resampler.flush());
        assertThat(chunked.length).isEqualTo(expected.length).isEqualTo((int) Math.ceil(44_100 * 16_000 / 44_100.0));
        for (int i = 0; i < expected.length; i++) {
            assertThat(chunked[i]).isEqualTo(expected[i]);
        }
    }

    @Test
    void keepsATonBelowTheNewNyquistFrequency() {
        float[] out = whole(44_100, 16_000, tone(1000, 44_100, 44_100));
        float[] expected = tone(1000, 16_000, out.length);
        double worst = 0;
        for (int i = 500; i < out.length - 500; i++) { // away from the edges, where the filter sees silence
            worst = Math.max(worst, Math.abs(out[i] - expected[i]));
        }
        assertThat(worst).isLessThan(2e-3);
    }

    @Test
    void removesWhatTheNewRateCannotHoldInsteadOfAliasingIt() {
        float[] out = whole(44_100, 16_000, tone(10_000, 44_100, 44_100)); // above 8 kHz
        assertThat(rms(Arrays.copyOfRange(out, 500, out.length - 500))).isLessThan(5e-3);
    }

    @Test
    void upsamplesToo() {
        float[] out = whole(8_000, 16_000, tone(440, 8_000, 8_000));
        float[] expected = tone(440, 16_000, out.length);
        double worst = 0;
        for (int i = 500; i < out.length - 500; i++) {
            worst = Math.max(worst, Math.abs(out[i] - expected[i]));
        }
        assertThat(out).hasSize(16_000);
        assertThat(worst).isLessThan(2e-3);
    }

    private static float[] randomSignal(int length) {
        SplittableRandom random = new SplittableRandom(1);
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        return x;
    }

    private static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
