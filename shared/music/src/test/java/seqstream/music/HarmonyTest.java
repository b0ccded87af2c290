package seqstream.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HarmonyTest {
    private static final Harmony C_MAJOR = Harmony.parse("C-E-G / C-D-E-F-G-A-B");

    @Test
    void sortsPitchesIntoTheThreeKinds() {
        assertThat(C_MAJOR.kindOf(60)).isEqualTo(NoteKind.CHORD); // C4
        assertThat(C_MAJOR.kindOf(76)).isEqualTo(NoteKind.CHORD); // E5
        assertThat(C_MAJOR.kindOf(62)).isEqualTo(NoteKind.SCALE); // D
        assertThat(C_MAJOR.kindOf(61)).isEqualTo(NoteKind.APPROACH); // C#
    }

    @Test
    void approachNotesAreASemitoneFromAChordToneAndOutsideTheScale() {
        int approach = C_MAJOR.pitchClasses(NoteKind.APPROACH);
        assertThat(Harmony.names(approach)).isEqualTo("C#-D#-F#-G#"); // B and F are a semitone away too, but in the scale
    }

    @Test
    void everyKindHasSomewhereToGo() {
        Harmony chromatic = new Harmony(0b000000000111, 0xFFF);
        for (NoteKind kind : NoteKind.values()) {
            assertThat(chromatic.pitchClasses(kind)).isNotZero();
            assertThat(C_MAJOR.pitchClasses(kind)).isNotZero();
        }
    }

    @Test
    void readsBackWhatItWrites() {
        assertThat(Harmony.parse(C_MAJOR.toString())).isEqualTo(C_MAJOR);
        assertThatThrownBy(() -> Harmony.parse("C-E-G")).hasMessageContaining("chord / scale");
        assertThatThrownBy(() -> Harmony.parse("C-H / C-D")).hasMessageContaining("unknown pitch class");
        assertThatThrownBy(() -> Harmony.parse("C-F# / C-D-E-F-G-A-B")).hasMessageContaining("inside its scale");
    }

    @Test
    void aProgressionLoopsAndRoundTripsThroughItsLines() {
        ChordProgression progression = ChordProgression.parse(java.util.List.of("2 " + C_MAJOR, "1 D-F-A / C-D-E-F-G-A-B"));
        assertThat(progression.segments()).hasSize(3);
        assertThat(progression.at(0)).isEqualTo(C_MAJOR);
        assertThat(progression.at(16)).isEqualTo(Harmony.parse("D-F-A / C-D-E-F-G-A-B"));
        assertThat(progression.at(24)).isEqualTo(C_MAJOR); // round again
        assertThat(ChordProgression.parse(progression.toLines())).isEqualTo(progression);
        assertThatThrownBy(() -> ChordProgression.parse(java.util.List.of("x C / C"))).hasMessageContaining("half bars");
    }
}
