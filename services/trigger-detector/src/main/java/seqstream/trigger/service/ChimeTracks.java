package seqstream.trigger.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import seqstream.audio.Audio;
import seqstream.audio.trigger.ChimeTrack;

/** The chime, resampled once per sample rate in use, and a fresh track of it for each stream (none when chiming is off). */
final class ChimeTracks {
    private final Audio chime;
    private final Map<Integer, float[]> byRate = new ConcurrentHashMap<>();

    /** @param chime the sound to ring, or null for no chimes */
    ChimeTracks(Audio chime) {
        this.chime = chime;
    }

    boolean enabled() {
        return chime != null;
    }

    ChimeTrack track(int sampleRate) {
        return chime == null ? null : new ChimeTrack(byRate.computeIfAbsent(sampleRate, r -> chime.resampledTo(r).samples()));
    }
}
