package seqstream.contracts;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A piece of a live audio stream on {@link Topics#AUDIO_CHUNKS}: record key = stream id, value = PCM16LE
 * mono samples (any length, even an empty final chunk), headers {@value #SAMPLE_RATE} (decimal),
 * {@value #SEQ} (0, 1, 2, ... per stream) and optionally {@value #FINAL} {@code true}, which ends the stream.
 * The same format goes out on {@link Topics#AUDIO_CHIMED}.
 */
public record AudioChunk(String streamId, int sampleRate, long seq, boolean last, byte[] pcm) {
    public static final String SAMPLE_RATE = "sample-rate";
    public static final String SEQ = "seq";
    public static final String FINAL = "final";
    public static final int MIN_SAMPLE_RATE = 8_000;
    public static final int MAX_SAMPLE_RATE = 192_000;
    public static final int MAX_STREAM_ID_LENGTH = 200;

    public AudioChunk {
        if (streamId == null || streamId.isEmpty()) {
            throw new InvalidMessageException("missing stream id: the record key names the stream");
        }
        if (streamId.length() > MAX_STREAM_ID_LENGTH) {
            throw new InvalidMessageException("stream id is " + streamId.length() + " characters; at most "
                    + MAX_STREAM_ID_LENGTH);
        }
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            throw new InvalidMessageException("unsupported sample rate " + sampleRate + " Hz: expected " + MIN_SAMPLE_RATE
                    + " to " + MAX_SAMPLE_RATE);
        }
        if (seq < 0) {
            throw new InvalidMessageException("header 'seq' must be 0 or more, got " + seq);
        }
        if (pcm == null) {
            pcm = new byte[0];
        }
        if (pcm.length % 2 != 0) {
            throw new InvalidMessageException("odd byte count " + pcm.length + ": PCM16LE samples are 2 bytes each");
        }
    }

    /** A chunk from a record's key, headers (last value of each, as bytes) and value; or why it is not one. */
    public static AudioChunk fromRecord(String key, Map<String, byte[]> headers, byte[] value) {
        int sampleRate = (int) Math.min(Integer.MAX_VALUE, wholeNumber(headers, SAMPLE_RATE));
        long seq = wholeNumber(headers, SEQ);
        byte[] last = headers.get(FINAL);
        return new AudioChunk(key, sampleRate, seq, last != null && "true".equalsIgnoreCase(text(last)), value);
    }

    public int samples() {
        return pcm.length / 2;
    }

    /** The headers this chunk goes out with (in its own format, onto {@link Topics#AUDIO_CHIMED}). */
    public Map<String, byte[]> headers() {
        return last
                ? Map.of(SAMPLE_RATE, bytes(sampleRate), SEQ, bytes(seq), FINAL, "true".getBytes(StandardCharsets.UTF_8))
                : Map.of(SAMPLE_RATE, bytes(sampleRate), SEQ, bytes(seq));
    }

    private static long wholeNumber(Map<String, byte[]> headers, String name) {
        byte[] value = headers.get(name);
        if (value == null) {
            throw new InvalidMessageException("missing header '" + name + "'");
        }
        String text = text(value);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidMessageException("header '" + name + "' must be a whole number, got '" + text + "'");
        }
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8).trim();
    }

    private static byte[] bytes(long number) {
        return Long.toString(number).getBytes(StandardCharsets.UTF_8);
    }
}
