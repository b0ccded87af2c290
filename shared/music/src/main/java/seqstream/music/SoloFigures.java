package seqstream.music;

import java.util.List;

/** What the issue judges a generated solo on, measured on its notes. */
public final class SoloFigures {
    private SoloFigures() {
    }

    /** The share of notes whose pitch is in the chord or the scale under its start. */
    public static double inHarmonyShare(Solo solo) {
        // A harmony's chord lies inside its scale: in the scale is in the chord or the scale.
        long inside = solo.notes().stream().filter(n -> solo.harmonyAt(n.start()).inScale(n.pitch())).count();
        return solo.notes().isEmpty() ? 0 : (double) inside / solo.notes().size();
    }

    /** The longest stretch without a sounding note, the solo's start and end included, in seconds. */
    public static double longestSilenceSeconds(Solo solo) {
        long longest = 0;
        long soundingUntil = 0;
        for (Note note : solo.notes()) {
            longest = Math.max(longest, note.start() - soundingUntil);
            soundingUntil = Math.max(soundingUntil, note.end());
        }
        longest = Math.max(longest, solo.sixteenths() - soundingUntil);
        return longest * solo.secondsPerSixteenth();
    }

    /** Time spent on each pitch class (C = 0), as shares summing to 1. */
    public static double[] pitchClassHistogram(List<Note> notes) {
        double[] histogram = new double[12];
        double total = 0;
        for (Note note : notes) {
            histogram[note.pitch() % 12] += note.length();
            total += note.length();
        }
        for (int pc = 0; pc < 12 && total > 0; pc++) {
            histogram[pc] /= total;
        }
        return histogram;
    }

    /** Pearson's correlation of two histograms. */
    public static double correlation(double[] a, double[] b) {
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i] / a.length;
            meanB += b[i] / b.length;
        }
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - meanA) * (b[i] - meanB);
            aa += (a[i] - meanA) * (a[i] - meanA);
            bb += (b[i] - meanB) * (b[i] - meanB);
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }
}
