package seqstream.music;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RealizerTest {
    private static final ChordProgression PROGRESSION = ChordProgression.parse(List.of(
            "2 C-E-G / C-D-E-F-G-A-B", "2 D-F-A-C / C-D-E-F-G-A-B", "2 G-B-D-F / C-D-E-F-G-A-B", "2 A-C#-E / D-E-F-G-A-A#-C#"));

    @Test
    void everyRandomValueBecomesANoteOfItsKindInTheRegisterAtTheRightTime() {
        SplittableRandom random = new SplittableRandom(5);
        List<MusicValue> values = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            values.add(MusicValue.of(random.nextInt(MusicValue.COUNT)));
        }
        List<Note> notes = Realizer.realize(values, PROGRESSION, 16);
        assertThat(notes).hasSize((int) values.stream().filter(v -> !v.isRest()).count());
        long time = 16;
        int n = 0;
        for (MusicValue value : values) {
            if (!value.isRest()) {
                Note note = notes.get(n++);
                assertThat(note.start()).isEqualTo(time);
                assertThat(note.length()).isEqualTo(value.sixteenths());
                assertThat(note.pitch()).isBetween(Realizer.LOWEST, Realizer.HIGHEST);
                assertThat(PROGRESSION.at(note.start()).kindOf(note.pitch())).isEqualTo(value.kind());
            }
            time += value.sixteenths();
        }
    }

    @Test
    void leapsLandInTheirRangeWhenTheHarmonyAllows() {
        // Scale tones of C major are at most two semitones apart, so a step up always finds one.
        List<Note> notes = Realizer.realize(List.of(new MusicValue(NoteKind.CHORD, 3, 0), new MusicValue(NoteKind.SCALE, 3, 2),
                new MusicValue(NoteKind.SCALE, 3, 2), new MusicValue(NoteKind.CHORD, 3, 5)), PROGRESSION, 0);
        assertThat(notes.get(0).pitch()).isEqualTo(67); // G4: the chord tone at the reference itself
        assertThat(notes.get(1).pitch() - notes.get(0).pitch()).isBetween(1, 2);
        assertThat(notes.get(2).pitch() - notes.get(1).pitch()).isBetween(1, 2);
        assertThat(notes.get(3).pitch() - notes.get(2).pitch()).isBetween(-7, -5);
    }
}
