package seqstream.music;

import java.util.ArrayList;
import java.util.List;

/**
 * The chord progression of the accompaniment, half bar by half bar. Each pitch class is weighted by how long
 * it sounds in the half bar (the bass twice: it states the root); the chord is the accompaniment's pitch classes
 * with at least {@link #CHORD_SHARE} of the heaviest's weight, four at most; the scale is the major, harmonic
 * minor or melodic minor scale that holds the chord and covers the most weight of accompaniment and melody, ties going to the scale nearest the
 * piece's key, then to the major. A half bar where the accompaniment rests keeps the harmony before it.
 */
public final class HarmonyAnalysis {
    static final double CHORD_SHARE = 0.3;
    static final int MAX_CHORD_TONES = 4;
    private static final int[][] SCALE_STEPS = {{0, 2, 4, 5, 7, 9, 11}, {0, 2, 3, 5, 7, 8, 11}, {0, 2, 3, 5, 7, 9, 11}};

    private HarmonyAnalysis() {
    }

    /** A sounding note of the accompaniment, in sixteenths; {@code weight} 2 for the bass, 1 otherwise. */
    public record Sounding(double start, double end, int pitch, int weight) {
    }

    /**
     * @param keyScale the piece's key as a scale (from its key signature), for ties and for a silent opening
     */
    public static ChordProgression analyze(List<Sounding> accompaniment, List<Sounding> melody, long fromSixteenth, int segments,
            int keyScale) {
        double[][] chordWeights = weigh(accompaniment, fromSixteenth, segments);
        double[][] melodyWeights = weigh(melody, fromSixteenth, segments);
        List<Harmony> harmonies = new ArrayList<>(segments);
        Harmony previous = new Harmony(tonicTriad(keyScale), keyScale);
        for (int s = 0; s < segments; s++) {
            Harmony harmony = harmonyOf(chordWeights[s], melodyWeights[s], keyScale);
            previous = harmony != null ? harmony : previous;
            harmonies.add(previous);
        }
        return new ChordProgression(harmonies);
    }

    /** How long each pitch class sounds in each half bar, times the note's weight. */
    private static double[][] weigh(List<Sounding> notes, long fromSixteenth, int segments) {
        double[][] weights = new double[segments][12];
        for (Sounding note : notes) {
            int first = (int) Math.max(0, Math.floor((note.start() - fromSixteenth) / ChordProgression.SEGMENT));
            int last = (int) Math.min(segments - 1, Math.floor((note.end() - fromSixteenth) / ChordProgression.SEGMENT));
            for (int s = first; s <= last; s++) {
                double segmentStart = fromSixteenth + (double) s * ChordProgression.SEGMENT;
                double overlap = Math.min(note.end(), segmentStart + ChordProgression.SEGMENT) - Math.max(note.start(), segmentStart);
                if (overlap > 0) {
                    weights[s][note.pitch() % 12] += overlap * note.weight();
                }
            }
        }
        return weights;
    }

    /**
     * The harmony of one half bar, or null when the accompaniment is silent: the chord from the accompaniment,
     * the scale from everything sounding (the melody too: it tells a mode the chord alone leaves open).
     */
    static Harmony harmonyOf(double[] weights, double[] melody, int keyScale) {
        double max = 0;
        for (double w : weights) {
            max = Math.max(max, w);
        }
        if (max == 0) {
            return null;
        }
        int chord = 0;
        for (int taken = 0; taken < MAX_CHORD_TONES; taken++) {
            int heaviest = -1;
            for (int pc = 0; pc < 12; pc++) {
                if ((chord >> pc & 1) == 0 && weights[pc] >= CHORD_SHARE * max && (heaviest < 0 || weights[pc] > weights[heaviest])) {
                    heaviest = pc;
                }
            }
            if (heaviest < 0) {
                break;
            }
            chord |= 1 << heaviest;
        }
        int bestScale = 0;
        double bestCovered = -1;
        for (int[] steps : SCALE_STEPS) {
            for (int root = 0; root < 12; root++) {
                int scale = scale(root, steps);
                if ((chord & ~scale) != 0) {
                    continue; // the scale must hold the whole chord
                }
                double covered = 0;
                for (int pc = 0; pc < 12; pc++) {
                    covered += (scale >> pc & 1) * (weights[pc] + melody[pc]);
                }
                // More coverage wins; among equals, the one nearer the key; then the first met (major first).
                boolean tie = Math.abs(covered - bestCovered) <= 1e-9;
                if (covered > bestCovered + 1e-9 || tie && Integer.bitCount(scale & keyScale) > Integer.bitCount(bestScale & keyScale)) {
                    bestCovered = covered;
                    bestScale = scale;
                }
            }
        }
        // A chord no scale holds (a cluster) gets the key's scale around it.
        return new Harmony(chord, bestScale != 0 ? bestScale : chord | keyScale);
    }

    /** The major scale of a key signature with {@code sharps} sharps (negative: flats). */
    public static int majorScale(int sharps) {
        return scale(Math.floorMod(7 * sharps, 12), SCALE_STEPS[0]);
    }

    static int scale(int root, int[] steps) {
        int set = 0;
        for (int step : steps) {
            set |= 1 << ((root + step) % 12);
        }
        return set;
    }

    private static int tonicTriad(int majorScale) {
        for (int root = 0; root < 12; root++) {
            if (scale(root, SCALE_STEPS[0]) == majorScale) {
                return 1 << root | 1 << (root + 4) % 12 | 1 << (root + 7) % 12;
            }
        }
        throw new IllegalArgumentException("not a major scale: " + Harmony.names(majorScale));
    }
}
