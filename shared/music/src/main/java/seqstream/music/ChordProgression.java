package seqstream.music;

import java.util.ArrayList;
import java.util.List;

/**
 * The harmony of a piece, one {@link Harmony} per half bar ({@link #SEGMENT} sixteenths, 4/4 time), looped:
 * a solo longer than the piece goes round again.
 */
public record ChordProgression(List<Harmony> segments) {
    /** Sixteenths per segment: half a bar, the piece's usual harmonic rhythm. */
    public static final int SEGMENT = 8;
    public static final int BAR = 16;

    public ChordProgression {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a chord progression needs at least one harmony");
        }
        segments = List.copyOf(segments);
    }

    public Harmony at(long sixteenth) {
        return segments.get((int) Math.floorMod(sixteenth / SEGMENT, (long) segments.size()));
    }

    public int bars() {
        return (segments.size() + 1) / 2;
    }

    /** Run-length lines, "3 D-G-B / C-D-E-F#-G-A-B" = three half bars of that harmony: the form model.json keeps. */
    public List<String> toLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < segments.size(); ) {
            int run = 1;
            while (i + run < segments.size() && segments.get(i + run).equals(segments.get(i))) {
                run++;
            }
            lines.add(run + " " + segments.get(i));
            i += run;
        }
        return lines;
    }

    public static ChordProgression parse(List<String> lines) {
        List<Harmony> segments = new ArrayList<>();
        for (String line : lines) {
            String[] countAndHarmony = line.strip().split(" ", 2);
            int count;
            try {
                count = Integer.parseInt(countAndHarmony[0]);
            } catch (NumberFormatException e) {
                count = 0;
            }
            if (count < 1 || countAndHarmony.length < 2) {
                throw new IllegalArgumentException("a progression line reads \"<half bars> <chord> / <scale>\", not \"" + line + "\"");
            }
            Harmony harmony = Harmony.parse(countAndHarmony[1]);
            for (int k = 0; k < count; k++) {
                segments.add(harmony);
            }
        }
        return new ChordProgression(segments);
    }
}
