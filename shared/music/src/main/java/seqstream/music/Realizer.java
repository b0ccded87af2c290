package seqstream.music;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns values into notes against a chord progression: each note takes the pitch of its kind (chord, scale
 * or approach tone of the harmony where it starts) whose leap from the previous note falls in the value's
 * interval range, nearest the middle of the range; where none does, the pitch of that kind nearest the
 * intended one. Leaps that would leave the guitar's register turn round. Deterministic: the randomness is
 * all in which values were sampled.
 */
public final class Realizer {
    /** The solo's register: G3 to C6, the corpus guitar's own range give or take. */
    public static final int LOWEST = 55;
    public static final int HIGHEST = 84;
    /** The pitch the first leap is measured from: G4, the middle of the register. */
    public static final int FIRST_REFERENCE = 67;

    private final ChordProgression progression;
    private int previous = FIRST_REFERENCE;
    private long time;

    /** A solo starting at {@code startSixteenth} of the progression (a bar line, say). */
    public Realizer(ChordProgression progression, long startSixteenth) {
        this.progression = progression;
        this.time = startSixteenth;
    }

    /** All values at once: the notes, times counted from the progression's beginning. */
    public static List<Note> realize(List<MusicValue> values, ChordProgression progression, long startSixteenth) {
        Realizer realizer = new Realizer(progression, startSixteenth);
        List<Note> notes = new ArrayList<>();
        for (MusicValue value : values) {
            Note note = realizer.next(value);
            if (note != null) {
                notes.add(note);
            }
        }
        return notes;
    }

    /** The next value's note, or null for a rest; time moves on by the value's length either way. */
    public Note next(MusicValue value) {
        long start = time;
        time += value.sixteenths();
        if (value.isRest()) {
            return null;
        }
        previous = pitch(value.kind(), value.interval(), progression.at(start));
        return new Note(start, value.sixteenths(), previous);
    }

    public long time() {
        return time;
    }

    private int pitch(NoteKind kind, int interval, Harmony harmony) {
        int[] range = MusicValue.INTERVALS[interval];
        int low = range[0];
        int high = range[1];
        int middle = (low + high) / 2;
        if (previous + middle > HIGHEST || previous + middle < LOWEST) { // turn round at the register's edges
            low = -low;
            high = -high;
            middle = -middle;
        }
        int classes = harmony.pitchClasses(kind);
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int pitch = LOWEST; pitch <= HIGHEST; pitch++) {
            if ((classes >> (pitch % 12) & 1) == 0) {
                continue;
            }
            int leap = pitch - previous;
            boolean inRange = leap >= Math.min(low, high) && leap <= Math.max(low, high);
            // In range beats out of range; then nearness to the intended pitch; then the lower pitch.
            int score = (inRange ? 0 : 1000) + Math.abs(leap - middle) * 2 + (leap > middle ? 1 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = pitch;
            }
        }
        return best;
    }
}
