package seqstream.music;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a solo, the unit the jazz model reads and writes: a rest, or a note given by its kind, its
 * length on the sixteenth-note grid and the size of its leap from the previous note. No absolute pitch: the
 * pitch is chosen when the value is realized against the harmony under it ({@link Realizer}), so every value
 * is a playable note inside the harmony, whatever the model samples.
 *
 * <p>The vocabulary is every combination, fixed by design (not by what the corpus happens to hold): 8 rests,
 * then 3 kinds x 8 lengths x 9 leaps = 224 values. Index {@link #START} is the "nothing yet" input.
 *
 * @param kind     null for a rest
 * @param length   index into {@link #LENGTHS}
 * @param interval index into {@link #INTERVALS}; 0 for a rest
 */
public record MusicValue(NoteKind kind, int length, int interval) {
    /** Lengths in sixteenths: every length 1-16 is a sum of these taken largest first. */
    public static final int[] LENGTHS = {1, 2, 3, 4, 6, 8, 12, 16};
    /**
     * Leaps in semitones from the previous note, as signed ranges {lowest, highest}: unison, steps, thirds,
     * fourths to fifths, and larger leaps (up to an octave), down and up.
     */
    public static final int[][] INTERVALS = {{0, 0}, {-1, -2}, {1, 2}, {-3, -4}, {3, 4}, {-5, -7}, {5, 7}, {-8, -12}, {8, 12}};
    public static final int COUNT = LENGTHS.length + NoteKind.values().length * LENGTHS.length * INTERVALS.length;
    public static final int START = COUNT;
    /**
     * What the model reads of a value: one-hots of its kind (rest, chord, scale, approach), its length and its
     * leap, and a start flag. Values that share a length or a leap share weights, which a one-hot of the 224
     * values would not: the corpus is too small to learn each value on its own.
     */
    public static final int FEATURES = 1 + NoteKind.values().length + LENGTHS.length + INTERVALS.length + 1;

    public MusicValue {
        if (length < 0 || length >= LENGTHS.length || interval < 0 || interval >= INTERVALS.length || (kind == null && interval != 0)) {
            throw new IllegalArgumentException("no such value: " + kind + ", length " + length + ", interval " + interval);
        }
    }

    public static MusicValue rest(int length) {
        return new MusicValue(null, length, 0);
    }

    public boolean isRest() {
        return kind == null;
    }

    public int sixteenths() {
        return LENGTHS[length];
    }

    public int index() {
        return isRest() ? length : LENGTHS.length + (kind.ordinal() * LENGTHS.length + length) * INTERVALS.length + interval;
    }

    public static MusicValue of(int index) {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("value index " + index + " is outside 0-" + (COUNT - 1));
        }
        if (index < LENGTHS.length) {
            return rest(index);
        }
        int note = index - LENGTHS.length;
        return new MusicValue(NoteKind.values()[note / (LENGTHS.length * INTERVALS.length)], note / INTERVALS.length % LENGTHS.length,
                note % INTERVALS.length);
    }

    /** The features of a value index, {@link #START} included. */
    public static float[] features(int index) {
        float[] x = new float[FEATURES];
        if (index == START) {
            x[FEATURES - 1] = 1;
            return x;
        }
        MusicValue value = of(index);
        x[value.isRest() ? 0 : 1 + value.kind.ordinal()] = 1;
        x[1 + NoteKind.values().length + value.length] = 1;
        x[1 + NoteKind.values().length + LENGTHS.length + value.interval] = 1;
        return x;
    }

    /** The index of the longest length of at most {@code sixteenths} (the shortest if none fits). */
    public static int longestWithin(long sixteenths) {
        int length = 0;
        while (length + 1 < LENGTHS.length && LENGTHS[length + 1] <= sixteenths) {
            length++;
        }
        return length;
    }

    /** The interval index of a leap; leaps beyond an octave count as the largest. */
    public static int intervalOf(int semitones) {
        int size = Math.min(Math.abs(semitones), 12);
        for (int i = 0; i < INTERVALS.length; i++) {
            int[] range = INTERVALS[i];
            if (size >= Math.abs(range[0]) && size <= Math.abs(range[1]) && (size == 0 || Integer.signum(range[0]) == Integer.signum(semitones))) {
                return i;
            }
        }
        throw new IllegalStateException("no interval for " + semitones);
    }

    /** Rests filling {@code sixteenths}, longest first. */
    public static List<MusicValue> rests(int sixteenths) {
        List<MusicValue> rests = new ArrayList<>();
        for (int left = sixteenths, i = LENGTHS.length - 1; left > 0; ) {
            if (LENGTHS[i] <= left) {
                rests.add(rest(i));
                left -= LENGTHS[i];
            } else {
                i--;
            }
        }
        return rests;
    }

    /** "C 4 +3..4", "S 2 -1..2", "R 8": the vocabulary's names in model.json. */
    @Override
    public String toString() {
        if (isRest()) {
            return "R " + sixteenths();
        }
        int[] range = INTERVALS[interval];
        String leap = range[0] == 0 ? "0" : (range[0] > 0 ? "+" : "-") + Math.abs(range[0]) + ".." + Math.abs(range[1]);
        return kind.name().charAt(0) + " " + sixteenths() + " " + leap;
    }

    /** Every value, by index. */
    public static List<String> vocabulary() {
        List<String> names = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            names.add(of(i).toString());
        }
        return names;
    }
}
