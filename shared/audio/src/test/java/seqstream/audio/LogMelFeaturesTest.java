package seqstream.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogMelFeaturesTest {

    @Test
    void chunksOfAnySizeGiveTheSameFramesAsTheWholeSignal() {
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[16_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-0.5, 0.5);
        }
        List<float[]> whole = new LogMelFeatures().process(x);
        assertThat(whole).hasSize((16_000 - LogMelFeatures.WINDOW) / LogMelFeatures.HOP + 1);

        LogMelFeatures streaming = new LogMelFeatures();
        List<float[]> chunked = new ArrayList<>();
        for (int at = 0; at < x.length; ) {
            int size = Math.min(x.length - at, 1 + random.nextInt(700));
            chunked.addAll(streaming.process(Arrays.copyOfRange(x, at, at + size)));
            at += size;
        }
        assertThat(chunked).hasSize(whole.size());
        for (int f = 0; f < whole.size(); f++) {
            assertThat(chunked.get(f)).containsExactly(whole.get(f));
        }
    }

    @Test
    void aToneLightsUpTheBandsAroundItsFrequency() {
        int peak1000 = argmax(new LogMelFeatures().process(tone(1000)).get(5));
        int peak200 = argmax(new LogMelFeatures().process(tone(200)).get(5));
        assertThat(peak200).isLessThan(peak1000);
        assertThat(peak1000).isBetween(10, 20); // 1 kHz on a 20 Hz-8 kHz mel scale of 40 bands
    }

    @Test
    void aWarpedFrontEndHearsAToneWhereTheUnwarpedOneHearsTheToneScaledByTheWarp() {
        // Warp 1.25: the filter meant for 800 Hz hears 1 kHz, as a voice with formants 25% higher is heard lower.
        int warped1000 = argmax(new LogMelFeatures(1.25).process(tone(1000)).get(5));
        assertThat(warped1000).isEqualTo(argmax(new LogMelFeatures().process(tone(800)).get(5)))
                .isNotEqualTo(argmax(new LogMelFeatures().process(tone(1000)).get(5)));
        int shrunk1000 = argmax(new LogMelFeatures(0.8).process(tone(1000)).get(5));
        assertThat(shrunk1000).isEqualTo(argmax(new LogMelFeatures().process(tone(1250)).get(5)));
    }

    @Test
    void theWarpBendsAboveTheKneeSoThatTheNyquistFrequencyStaysPut() {
        for (double warp : new double[] {0.8, 0.9, 1.1, 1.25}) {
            assertThat(LogMelFeatures.warped(8000, warp)).isCloseTo(8000, within(1e-9));
            assertThat(LogMelFeatures.warped(1000, warp)).isCloseTo(1000 * warp, within(1e-9));
            double knee = LogMelFeatures.warpKnee(warp);
            assertThat(LogMelFeatures.warped(knee + 1e-6, warp)).isCloseTo(LogMelFeatures.warped(knee, warp), within(1e-3));
        }
    }

    @Test
    void aWarpOutsideAnOctaveIsRefused() {
        assertThatThrownBy(() -> new LogMelFeatures(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frequency warp");
        assertThatThrownBy(() -> new LogMelFeatures(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static float[] tone(double hz) {
        float[] x = new float[4000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / 16_000.0));
        }
        return x;
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
