package seqstream.music;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * MIDI to WAV with the JDK's own software synthesizer, Gervill, through the public sound API: the JDK reads a
 * MIDI file as an audio stream by playing it on Gervill offline (no sound card needed, no internal classes).
 * 44.1 kHz, 16-bit, stereo, as long as the music and its release. Without a soundbank installed, Gervill plays its own generated instruments.
 */
public final class WavRenderer {
    private WavRenderer() {
    }

    /** The last notes ring on this long after the music ends (Gervill itself would add four silent seconds). */
    static final double RELEASE_SECONDS = 1;

    public static byte[] render(byte[] midi) {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(midi))) {
            double seconds = MidiSystem.getSequence(new ByteArrayInputStream(midi)).getMicrosecondLength() / 1e6 + RELEASE_SECONDS;
            long frames = Math.min(audio.getFrameLength() < 0 ? Long.MAX_VALUE : audio.getFrameLength(),
                    Math.round(seconds * audio.getFormat().getFrameRate()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(new AudioInputStream(audio, audio.getFormat(), frames), AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (InvalidMidiDataException | UnsupportedAudioFileException e) {
            throw new IllegalStateException("this JDK cannot render MIDI to audio (its Gervill synthesizer is missing): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
