package seqstream.audio.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TriggerFrontEndTest {
    private static float[] signal(double gain) {
        SplittableRandom random = new SplittableRandom(7);
        float[] x = new float[48_000];
        for (int i = 0; i < x.length; i++) {
            double tone = i > 20_000 && i < 28_000 ? Math.sin(2 * Math.PI * 700 * i / 16_000.0) : 0;
            x[i] = (float) (gain * (0.01 * random.nextGaussian() + 0.2 * tone));
        }
        return x;
    }

    @Test
    void chunksOfAnySizeGiveTheFramesOfTheWhole() {
        float[] x = signal(1);
        List<float[]> whole = new TriggerFrontEnd().process(x);
        TriggerFrontEnd streaming = new TriggerFrontEnd();
        List<float[]> chunked = new ArrayList<>();
        for (int at = 0; at < x.length; at += 777) {
            chunked.addAll(streaming.process(Arrays.copyOfRange(x, at, Math.min(x.length, at + 777))));
        }
        assertThat(chunked).hasSameSizeAs(whole);
        for (int f = 0; f < whole.size(); f++) {
            assertThat(chunked.get(f)).containsExactly(whole.get(f));
        }
    }

    @Test
    void theMicrophonesGainDoesNotChangeWhatTheModelHears() {
        List<float[]> quiet = new TriggerFrontEnd().process(signal(0.1));
        List<float[]> loud = new TriggerFrontEnd().process(signal(1.0));
        for (int f = 0; f < quiet.size(); f++) {
            for (int b = 0; b < quiet.get(f).length; b++) {
                assertThat(loud.get(f)[b]).isCloseTo(quiet.get(f)[b], within(1e-3f));
            }
        }
        // The tone stands out against the noise it follows: its band is well above its running mean.
        int during = 150;
        float max = 0;
        for (float v : loud.get(during)) {
            max = Math.max(max, v);
        }
        assertThat(max).isGreaterThan(3f);
    }
}
