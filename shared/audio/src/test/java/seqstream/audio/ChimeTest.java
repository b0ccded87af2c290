package seqstream.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChimeTest {

    @Test
    void mixesFromTheGivenSampleAndClips() {
        float[] audio = {0.9f, 0.9f, 0.9f, 0.9f};
        Chime.mixInto(audio, new float[] {0.5f, -0.5f, 0.5f}, 2);
        assertThat(audio).containsExactly(new float[] {0.9f, 0.9f, 1.0f, 0.4f}, org.assertj.core.api.Assertions.within(1e-6f));
    }

    @Test
    void theSynthesizedChimeIsShortAudibleAndFades() {
        float[] chime = Chime.synthesize(Audio.MODEL_RATE);
        assertThat(chime).hasSize(9600);
        float peakStart = 0;
        float peakEnd = 0;
        for (int i = 0; i < 1600; i++) {
            peakStart = Math.max(peakStart, Math.abs(chime[i]));
            peakEnd = Math.max(peakEnd, Math.abs(chime[chime.length - 1 - i]));
        }
        assertThat(peakStart).isBetween(0.2f, 1f);
        assertThat(peakEnd).isLessThan(peakStart / 10);
    }
}
