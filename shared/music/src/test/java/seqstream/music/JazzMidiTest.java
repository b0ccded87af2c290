package seqstream.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A solo written as MIDI and read back as a corpus gives the same melody and the same chords; rendered to
 * WAV it lasts as long as the music.
 */
class JazzMidiTest {
    private static final ChordProgression PROGRESSION = ChordProgression.parse(List.of(
            "2 C-E-G / C-D-E-F-G-A-B", "2 D-F-A / C-D-E-F-G-A-B", "1 B-D-G / C-D-E-F#-G-A-B", "1 C-E-G / C-D-E-F-G-A-B"));
    private static final List<Note> MELODY = List.of(new Note(0, 4, 72), new Note(4, 2, 74), new Note(6, 2, 76), new Note(10, 6, 77),
            new Note(16, 1, 69), new Note(17, 1, 71), new Note(18, 8, 72), new Note(30, 2, 67), new Note(32, 12, 74), new Note(44, 4, 79));

    @TempDir
    Path folder;

    @Test
    void aSoloReadsBackAsTheSameMelodyOverTheSameChords() throws Exception {
        Solo solo = new Solo(MELODY, PROGRESSION, 0, 48, 100);
        Path file = folder.resolve("solo.mid");
        Files.write(file, JazzMidi.write(solo));

        Sequence sequence = MidiSystem.getSequence(file.toFile());
        assertThat(sequence.getTracks()).hasSize(3); // conductor, solo, chords
        assertThat(sequence.getMicrosecondLength() / 1e6).isCloseTo(48 * Solo.secondsPerSixteenth(100), within(0.01));

        JazzCorpus corpus = JazzCorpus.read(file, new JazzCorpus.Parts(0, Set.of(1), 1));
        assertThat(corpus.melody()).isEqualTo(MELODY);
        assertThat(corpus.tempoBpm()).isCloseTo(100, within(0.01));
        for (int s = 0; s < 6; s++) {
            assertThat(corpus.progression().at(s * 8L).chord()).isEqualTo(PROGRESSION.at(s * 8L).chord());
        }
        // The values say what each note is: C over C-E-G is a chord tone, F over it a scale tone (after the
        // rest from 8 to 10), A over D-F-A a chord tone again.
        assertThat(corpus.values().getFirst()).isEqualTo(new MusicValue(NoteKind.CHORD, 3, MusicValue.intervalOf(72 - 67)));
        assertThat(corpus.values().get(3)).isEqualTo(MusicValue.rest(1));
        assertThat(corpus.values().get(4).kind()).isEqualTo(NoteKind.SCALE);
        assertThat(corpus.values().get(5).kind()).isEqualTo(NoteKind.CHORD);
        // The gap from 26 to 30 is a rest of 4.
        assertThat(corpus.values()).contains(MusicValue.rest(3));
        assertThat(corpus.values().stream().mapToInt(MusicValue::sixteenths).sum()).isEqualTo(48);
    }

    @Test
    void rendersAudioAsLongAsTheMusic() throws Exception {
        Solo solo = new Solo(MELODY, PROGRESSION, 0, 48, 120);
        byte[] wav = WavRenderer.render(JazzMidi.write(solo));
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            double seconds = audio.getFrameLength() / audio.getFormat().getFrameRate();
            assertThat(seconds).isCloseTo(48 * Solo.secondsPerSixteenth(120) + WavRenderer.RELEASE_SECONDS, within(0.01));
            byte[] samples = audio.readAllBytes();
            int loudest = 0;
            for (int i = 0; i + 1 < samples.length; i += 2) {
                loudest = Math.max(loudest, Math.abs((short) ((samples[i + 1] << 8) | (samples[i] & 0xFF))));
            }
            assertThat(loudest).as("the synthesizer played something").isGreaterThan(1000);
        }
    }
}
