package seqstream.audio.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import seqstream.audio.Chime;

class ChimeTrackTest {
    private static final float[] CHIME = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f};

    @Test
    void aChimeCarriesOnAcrossChunksAsIfMixedIntoTheWhole() {
        float[] whole = new float[20];
        Chime.mixInto(whole, CHIME, 3);
        Chime.mixInto(whole, CHIME, 11);
        ChimeTrack track = new ChimeTrack(CHIME);
        track.ring(3);
        track.ring(11);
        float[] chunked = new float[20];
        for (int start = 0; start < 20; start += 4) {
            System.arraycopy(track.mix(new float[4], start), 0, chunked, start, 4);
        }
        assertThat(chunked).containsExactly(whole);
    }

    @Test
    void aChimeRungForAudioAlreadySentStartsWithTheNextChunk() {
        ChimeTrack track = new ChimeTrack(CHIME);
        track.mix(new float[4], 0);
        track.ring(2);
        float[] next = track.mix(new float[4], 4);
        assertThat(next).containsExactly(Arrays.copyOf(CHIME, 4));
        assertThat(track.mix(new float[4], 8)[0]).isEqualTo(0.5f);
        assertThat(track.mix(new float[4], 12)).containsOnly(0f);
    }
}
