package seqstream.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * WAV files in and out. In: 8-bit unsigned, 16/24/32-bit signed PCM and 32/64-bit float, any channel count
 * (averaged to mono), any sample rate. Out: 16-bit PCM mono. The JDK parses the file; the samples are
 * decoded here because it converts neither float nor 24-bit PCM to a common format.
 */
public final class WavFiles {
    private WavFiles() {
    }

    public static Audio read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file, e);
        }
    }

    public static Audio read(InputStream in, String name) throws IOException {
        try (AudioInputStream stream = AudioSystem.getAudioInputStream(in.markSupported() ? in
                : new java.io.BufferedInputStream(in))) {
            return decode(stream.getFormat(), stream.readAllBytes(), name);
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(name + " is not a WAV file this reader understands: " + e.getMessage(), e);
        }
    }

    static Audio decode(AudioFormat format, byte[] bytes, String name) throws IOException {
        int channels = format.getChannels();
        int bytesPerSample = format.getSampleSizeInBits() / 8;
        AudioFormat.Encoding encoding = format.getEncoding();
        boolean supported = (encoding.equals(AudioFormat.Encoding.PCM_SIGNED) && bytesPerSample >= 2 && bytesPerSample <= 4)
                || (encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED) && bytesPerSample == 1)
                || (encoding.equals(AudioFormat.Encoding.PCM_SIGNED) && bytesPerSample == 1)
                || (encoding.equals(AudioFormat.Encoding.PCM_FLOAT) && (bytesPerSample == 4 || bytesPerSample == 8));
        if (!supported || channels < 1) {
            throw new IOException(name + ": unsupported audio " + format + " (PCM 8/16/24/32-bit or float 32/64-bit)");
        }
        int frameSize = bytesPerSample * channels;
        int frames = bytes.length / frameSize;
        float[] mono = new float[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += sample(bytes, f * frameSize + c * bytesPerSample, bytesPerSample, encoding, format.isBigEndian());
            }
            mono[f] = (float) (sum / channels);
        }
        return new Audio(mono, Math.round(format.getSampleRate()));
    }

    private static double sample(byte[] b, int at, int size, AudioFormat.Encoding encoding, boolean bigEndian) {
        long bits = 0;
        for (int i = 0; i < size; i++) {
            int index = bigEndian ? at + i : at + size - 1 - i;
            bits = (bits << 8) | (b[index] & 0xff);
        }
        if (encoding.equals(AudioFormat.Encoding.PCM_FLOAT)) {
            return size == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
        }
        if (encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED)) {
            return (bits - 128) / 128.0;
        }
        long signed = (bits << (64 - 8 * size)) >> (64 - 8 * size); // sign-extend
        return signed / (double) (1L << (8 * size - 1));
    }

    /** 16-bit PCM mono, samples clipped to [-1, 1]. */
    public static void write(Audio audio, Path file) throws IOException {
        byte[] pcm = Pcm16.encode(audio.samples());
        AudioFormat format = new AudioFormat(audio.sampleRate(), 16, 1, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format, audio.samples().length)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
            Files.write(file, out.toByteArray());
        }
    }
}
