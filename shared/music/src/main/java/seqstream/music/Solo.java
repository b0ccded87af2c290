package seqstream.music;

import java.util.List;

/**
 * An improvised solo: its notes (sixteenths from the solo's first beat) over the stretch of the chord
 * progression from {@code progressionStart}, {@code sixteenths} long, to be played at {@code tempoBpm}.
 */
public record Solo(List<Note> notes, ChordProgression progression, long progressionStart, int sixteenths, int tempoBpm) {

    public Solo {
        notes = List.copyOf(notes);
    }

    /** The harmony under a moment of the solo. */
    public Harmony harmonyAt(long sixteenth) {
        return progression.at(progressionStart + sixteenth);
    }

    public double secondsPerSixteenth() {
        return secondsPerSixteenth(tempoBpm);
    }

    public static double secondsPerSixteenth(int tempoBpm) {
        return 60.0 / tempoBpm / 4;
    }
}
