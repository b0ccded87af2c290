package seqstream.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReadsPcm16Mono() throws Exception {
        float[] samples = {0f, 0.5f, -0.5f, 0.999f, -1f};
        Path file = dir.resolve("a.wav");
        WavFiles.write(new Audio(samples, 22_050), file);
        Audio back = WavFiles.read(file);
        assertThat(back.sampleRate()).isEqualTo(22_050);
        for (int i = 0; i < samples.length; i++) {
            assertThat(back.samples()[i]).isCloseTo(samples[i], within(1e-4f));
        }
    }

    @Test
    void decodesEverySampleFormatAndAveragesChannels() throws Exception {
        // One stereo frame: left 0.5, right -0.25 -> mono 0.125.
        assertThat(decode(AudioFormat.Encoding.PCM_UNSIGNED, 8, new byte[] {(byte) 192, (byte) 96})).isCloseTo(0.125f, within(1e-2f));
        assertThat(decode(AudioFormat.Encoding.PCM_SIGNED, 16, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 16384).putShort((short) -8192).array())).isCloseTo(0.125f, within(1e-6f));
        byte[] pcm24 = {0, 0, 0x40, 0, 0, (byte) 0xE0}; // 0x400000 = 0.5, 0xE00000 = -0.25
        assertThat(decode(AudioFormat.Encoding.PCM_SIGNED, 24, pcm24)).isCloseTo(0.125f, within(1e-6f));
        assertThat(decode(AudioFormat.Encoding.PCM_SIGNED, 32, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(1 << 30).putInt(-(1 << 29)).array())).isCloseTo(0.125f, within(1e-6f));
        assertThat(decode(AudioFormat.Encoding.PCM_FLOAT, 32, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putFloat(0.5f).putFloat(-0.25f).array())).isCloseTo(0.125f, within(1e-6f));
    }

    @Test
    void refusesWhatItCannotDecode() {
        AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, 8000, 8, 1, 1, 8000, false);
        assertThatThrownBy(() -> WavFiles.decode(ulaw, new byte[4], "x.wav")).hasMessageContaining("unsupported audio");
        assertThatThrownBy(() -> WavFiles.read(new java.io.ByteArrayInputStream("not audio".getBytes()), "y.wav"))
                .hasMessageContaining("y.wav");
    }

    @Test
    void readsTheCourseClips() throws Exception {
        String data = System.getenv("SEQSTREAM_DATA");
        assumeThat(data).as("SEQSTREAM_DATA is not set: this reads a course clip").isNotBlank();
        Path root = Path.of(data).isAbsolute() ? Path.of(data) : Path.of(System.getProperty("seqstream.root", ".")).resolve(data);
        Path clip = root.resolve("trigger/audio_examples/chime.wav");
        assumeThat(Files.exists(clip)).as(clip + " exists").isTrue();
        Audio audio = WavFiles.read(clip);
        assertThat(audio.sampleRate()).isPositive();
        Audio at16k = audio.resampledTo(Audio.MODEL_RATE);
        assertThat(at16k.seconds()).isCloseTo(audio.seconds(), within(0.001));
    }

    private static float decode(AudioFormat.Encoding encoding, int bits, byte[] frame) throws Exception {
        AudioFormat format = new AudioFormat(encoding, 16_000, bits, 2, bits / 4, 16_000, false);
        return WavFiles.decode(format, frame, "test").samples()[0];
    }
}
