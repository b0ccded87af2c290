package seqstream.music;

import java.util.ArrayList;
import java.util.List;

/**
 * What sounds under the melody for a while: the chord's pitch classes and the scale that goes with them,
 * each a 12-bit set (bit 0 = C, bit 1 = C#, ..., bit 11 = B). The three kinds of melody note are defined
 * against it: chord tones, other scale tones, and approach notes (outside the scale, a semitone from a chord tone).
 */
public record Harmony(int chord, int scale) {
    static final int ALL = 0xFFF;
    private static final String[] NAMES = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};

    public Harmony {
        if (chord == 0 || (chord & ~ALL) != 0 || (scale & ~ALL) != 0 || (chord & ~scale) != 0) {
            throw new IllegalArgumentException("a harmony needs a non-empty chord inside its scale: chord "
                    + names(chord) + ", scale " + names(scale));
        }
    }

    public boolean inChord(int pitch) {
        return (chord >> Math.floorMod(pitch, 12) & 1) == 1;
    }

    public boolean inScale(int pitch) {
        return (scale >> Math.floorMod(pitch, 12) & 1) == 1;
    }

    /** The pitch classes a note of this kind may take here (never empty). */
    public int pitchClasses(NoteKind kind) {
        return switch (kind) {
            case CHORD -> chord;
            case SCALE -> (scale & ~chord) != 0 ? scale & ~chord : chord;
            case APPROACH -> {
                int neighbours = (rotate(chord, 1) | rotate(chord, -1)) & ~scale & ~chord;
                yield neighbours != 0 ? neighbours : (~scale & ALL) != 0 ? ~scale & ALL : chord;
            }
        };
    }

    /** The kind of a melody pitch over this harmony. */
    public NoteKind kindOf(int pitch) {
        return inChord(pitch) ? NoteKind.CHORD : inScale(pitch) ? NoteKind.SCALE : NoteKind.APPROACH;
    }

    private static int rotate(int set, int by) {
        int shift = Math.floorMod(by, 12);
        return ((set << shift) | (set >>> (12 - shift))) & ALL;
    }

    /** "G-B-D / G-A-B-C-D-E-F#": the form model.json keeps a harmony in. */
    @Override
    public String toString() {
        return names(chord) + " / " + names(scale);
    }

    public static Harmony parse(String text) {
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a harmony reads \"chord / scale\", such as \"G-B-D / G-A-B-C-D-E-F#\", not \"" + text + "\"");
        }
        return new Harmony(set(parts[0]), set(parts[1]));
    }

    static String names(int set) {
        List<String> names = new ArrayList<>();
        for (int pc = 0; pc < 12; pc++) {
            if ((set >> pc & 1) == 1) {
                names.add(NAMES[pc]);
            }
        }
        return String.join("-", names);
    }

    private static int set(String names) {
        int set = 0;
        for (String name : names.strip().split("-")) {
            int pc = List.of(NAMES).indexOf(name.strip());
            if (pc < 0) {
                throw new IllegalArgumentException("unknown pitch class \"" + name + "\" (use " + String.join(" ", NAMES) + ")");
            }
            set |= 1 << pc;
        }
        return set;
    }
}
