package seqstream.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MusicValueTest {

    @Test
    void everyIndexIsOneValueAndBack() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < MusicValue.COUNT; i++) {
            MusicValue value = MusicValue.of(i);
            assertThat(value.index()).isEqualTo(i);
            names.add(value.toString());
        }
        assertThat(names).hasSize(MusicValue.COUNT);
        assertThat(MusicValue.COUNT).isEqualTo(224);
        assertThatThrownBy(() -> MusicValue.of(MusicValue.START)).hasMessageContaining("outside");
    }

    @Test
    void everyGapUpToABarIsAnExactSumOfRests() {
        for (int gap = 1; gap <= 16; gap++) {
            List<MusicValue> rests = MusicValue.rests(gap);
            assertThat(rests).allMatch(MusicValue::isRest);
            assertThat(rests.stream().mapToInt(MusicValue::sixteenths).sum()).isEqualTo(gap);
        }
    }

    @Test
    void leapsFallInTheirRanges() {
        assertThat(MusicValue.INTERVALS[MusicValue.intervalOf(0)]).containsExactly(0, 0);
        assertThat(MusicValue.INTERVALS[MusicValue.intervalOf(2)]).containsExactly(1, 2);
        assertThat(MusicValue.INTERVALS[MusicValue.intervalOf(-4)]).containsExactly(-3, -4);
        assertThat(MusicValue.INTERVALS[MusicValue.intervalOf(6)]).containsExactly(5, 7);
        assertThat(MusicValue.INTERVALS[MusicValue.intervalOf(-19)]).containsExactly(-8, -12);
        for (int leap = -12; leap <= 12; leap++) {
            int[] range = MusicValue.INTERVALS[MusicValue.intervalOf(leap)];
            assertThat(leap).isBetween(Math.min(range[0], range[1]), Math.max(range[0], range[1]));
        }
    }

    @Test
    void lengthsFitInsideWhatIsGiven() {
        assertThat(MusicValue.LENGTHS[MusicValue.longestWithin(5)]).isEqualTo(4);
        assertThat(MusicValue.LENGTHS[MusicValue.longestWithin(16)]).isEqualTo(16);
        assertThat(MusicValue.LENGTHS[MusicValue.longestWithin(40)]).isEqualTo(16);
        assertThat(MusicValue.LENGTHS[MusicValue.longestWithin(0)]).isEqualTo(1);
    }

    @Test
    void featuresShareALengthOrALeapAcrossKinds() {
        float[] chord = MusicValue.features(new MusicValue(NoteKind.CHORD, 2, 4).index());
        float[] scale = MusicValue.features(new MusicValue(NoteKind.SCALE, 2, 4).index());
        float[] start = MusicValue.features(MusicValue.START);
        assertThat(sum(chord)).isEqualTo(3);
        assertThat(sum(start)).isEqualTo(1);
        int shared = 0;
        for (int i = 0; i < MusicValue.FEATURES; i++) {
            shared += chord[i] == 1 && scale[i] == 1 ? 1 : 0;
        }
        assertThat(shared).isEqualTo(2); // same length, same leap; only the kind differs
    }

    private static float sum(float[] x) {
        float s = 0;
        for (float v : x) {
            s += v;
        }
        return s;
    }
}
