package seqstream.audio.trigger;

import java.util.ArrayList;
import java.util.List;
import seqstream.audio.Chime;

/**
 * Chimes mixed into a stream as it passes, chunk by chunk: a chime rung at a sample position sounds from
 * there, carrying on into the chunks that follow. A chime rung for audio already mixed and sent on starts
 * with the next chunk instead (late by at most a chunk, never lost).
 */
public final class ChimeTrack {
    private final float[] chime;
    private final List<Long> starts = new ArrayList<>();
    private long mixedUpTo;

    /** @param chime the chime at the stream's sample rate */
    public ChimeTrack(float[] chime) {
        this.chime = chime;
    }

    /** Rings the chime from sample {@code at}, counted from the start of the stream. */
    public void ring(long at) {
        starts.add(Math.max(at, mixedUpTo));
    }

    /** The chunk that starts at sample {@code chunkStart}, with every chime sounding in it mixed in. */
    public float[] mix(float[] chunk, long chunkStart) {
        float[] mixed = chunk.clone();
        for (long start : starts) {
            Chime.mixInto(mixed, chime, (int) (start - chunkStart));
        }
        mixedUpTo = Math.max(mixedUpTo, chunkStart + chunk.length);
        starts.removeIf(start -> start + chime.length <= mixedUpTo);
        return mixed;
    }
}
