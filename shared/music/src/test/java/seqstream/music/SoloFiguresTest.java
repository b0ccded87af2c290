package seqstream.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoloFiguresTest {
    private static final ChordProgression C = ChordProgression.parse(List.of("1 C-E-G / C-D-E-F-G-A-B"));

    @Test
    void measuresTheShareInHarmonyAndTheLongestSilence() {
        // At 120 bpm a sixteenth is 0.125 s.
        Solo solo = new Solo(List.of(new Note(4, 4, 60), new Note(8, 4, 61), new Note(20, 4, 62), new Note(24, 2, 64)), C, 0, 32, 120);
        assertThat(SoloFigures.inHarmonyShare(solo)).isEqualTo(0.75); // the C# is outside
        assertThat(SoloFigures.longestSilenceSeconds(solo)).isCloseTo(8 * 0.125, within(1e-9)); // 12 to 20 and 26 to 32: 8 sixteenths
    }

    @Test
    void correlatesHistograms() {
        double[] a = SoloFigures.pitchClassHistogram(List.of(new Note(0, 4, 60), new Note(4, 2, 64), new Note(6, 2, 67)));
        assertThat(a[0]).isEqualTo(0.5);
        assertThat(SoloFigures.correlation(a, a)).isCloseTo(1, within(1e-12));
        double[] b = a.clone();
        for (int i = 0; i < 12; i++) {
            b[i] = -a[i];
        }
        assertThat(SoloFigures.correlation(a, b)).isCloseTo(-1, within(1e-12));
    }
}
