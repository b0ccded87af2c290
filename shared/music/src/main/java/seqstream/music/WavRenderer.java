package seqstream.music;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * MIDI to WAV with the JDK's own software synthesizer, Gervill, through the public sound API: the JDK reads a
 * MIDI file as an audio stream by playing it on Gervill offline (no sound card needed, no internal classes).
 * 44.1 kHz, 16-bit, stereo. Without a soundbank installed, Gervill plays its own generated instruments.
 */
public final class WavRenderer {
    private WavRenderer() {
    }

    public static byte[] render(byte[] midi) {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(midi))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (UnsupportedAudioFileException e) {
            throw new IllegalStateException("this JDK cannot render MIDI to audio (its Gervill synthesizer is missing): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
