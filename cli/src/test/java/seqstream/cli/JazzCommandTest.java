package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.midi.MidiSystem;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./seqctl jazz, in process, on the committed bundle. */
class JazzCommandTest {
    @TempDir
    Path folder;

    @Test
    void writesMidiAndWavTheSameForTheSameSeed() throws Exception {
        Path midi = folder.resolve("solo.mid");
        Path wav = folder.resolve("solo.wav");
        CommandRun run = CommandRun.of("jazz", "--seconds", "12", "--seed", "4", "--tempo", "96", "--out", midi.toString(),
                "--wav", wav.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(MidiSystem.getSequence(midi.toFile()).getMicrosecondLength() / 1e6).isBetween(11.0, 12.1);
        var audio = AudioSystem.getAudioFileFormat(wav.toFile());
        assertThat((double) audio.getFrameLength() / audio.getFormat().getFrameRate()).isBetween(11.0, 13.1);

        Path again = folder.resolve("again.mid");
        assertThat(CommandRun.of("jazz", "--seconds", "12", "--seed", "4", "--tempo", "96", "--out", again.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(midi));
    }

    @Test
    void withoutASeedSaysWhichItUsed() {
        CommandRun run = CommandRun.of("jazz", "--seconds", "5", "--out", folder.resolve("a.mid").toString());
        assertThat(run.err().lines()).anyMatch(line -> line.matches("seed -?\\d+"));
    }

    @Test
    void refusesOutOfRangeRequestsInOneLine() {
        CommandRun run = CommandRun.of("jazz", "--seconds", "5", "--tempo", "300", "--out", folder.resolve("b.mid").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'tempo' is 300");
        assertThat(folder.resolve("b.mid")).doesNotExist();
    }
}
