package seqstream.music;

/** A melody note on the sixteenth-note grid: where it starts, how long it sounds, its MIDI pitch. */
public record Note(long start, int length, int pitch) {
    public long end() {
        return start + length;
    }
}
