package seqstream.audio;

/** PCM16LE mono, the format of audio on Kafka (audio.chunks, audio.chimed). */
public final class Pcm16 {
    private Pcm16() {
    }

    /** Decodes little-endian 16-bit samples; an odd byte count is the caller's error to report. */
    public static float[] decode(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            throw new IllegalArgumentException("PCM16 needs an even number of bytes, got " + bytes.length);
        }
        float[] samples = new float[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)) / 32768f;
        }
        return samples;
    }

    public static byte[] encode(float[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int v = Math.round(Math.max(-1f, Math.min(1f, samples[i])) * 32767f);
            bytes[2 * i] = (byte) v;
            bytes[2 * i + 1] = (byte) (v >> 8);
        }
        return bytes;
    }
}
