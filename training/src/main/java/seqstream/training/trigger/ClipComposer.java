package seqstream.training.trigger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import seqstream.audio.Audio;

/**
 * The course's recipe, with more variety: a 10-second background, then 0-4 "activate"s and 0-2 negatives
 * inserted at random places that do not overlap, each at a random loudness.
 */
public final class ClipComposer {
    public static final int CLIP_SAMPLES = 10 * Audio.MODEL_RATE;

    private ClipComposer() {
    }

    /**
     * @param background  at least {@link #CLIP_SAMPLES} long; a random 10-second stretch of it is used
     * @param activates   trimmed "activate" recordings to choose from
     * @param negatives   trimmed other words to choose from
     */
    public static LabeledClip compose(RandomGenerator random, float[] background, List<float[]> activates,
            List<OtherWord> negatives, int maxActivates, int maxNegatives) {
        float[] clip = new float[CLIP_SAMPLES];
        int offset = background.length > CLIP_SAMPLES ? random.nextInt(background.length - CLIP_SAMPLES) : 0;
        double backgroundGain = 0.2 + 0.8 * random.nextDouble();
        for (int i = 0; i < CLIP_SAMPLES && offset + i < background.length; i++) {
            clip[i] = (float) (background[offset + i] * backgroundGain);
        }
        List<Placed> taken = new ArrayList<>();
        List<LabeledClip.Activate> placedActivates = new ArrayList<>();
        int activateCount = activates.isEmpty() ? 0 : random.nextInt(maxActivates + 1);
        for (int i = 0; i < activateCount; i++) {
            Placed placed = insert(random, clip, activates.get(random.nextInt(activates.size())), taken);
            if (placed != null) {
                placedActivates.add(new LabeledClip.Activate(placed.end(), placed.snrDb()));
            }
        }
        List<LabeledClip.Negative> others = new ArrayList<>();
        int negativeCount = negatives.isEmpty() ? 0 : random.nextInt(maxNegatives + 1);
        for (int i = 0; i < negativeCount; i++) {
            OtherWord other = negatives.get(random.nextInt(negatives.size()));
            Placed placed = insert(random, clip, other.samples(), taken);
            if (placed != null) {
                others.add(new LabeledClip.Negative(placed.start(), placed.end(), other.word()));
            }
        }
        placedActivates.sort(Comparator.comparingInt(LabeledClip.Activate::end));
        for (int i = 0; i < clip.length; i++) {
            clip[i] = Math.max(-1f, Math.min(1f, clip[i]));
        }
        return new LabeledClip(clip, placedActivates, others);
    }

    /** A word put into the clip: its [start, end) and its loudness against the background under it. */
    private record Placed(int start, int end, double snrDb) {
    }

    /**
     * Puts a word where nothing else is (a few tries); null when there is no room. Words never overlap, so what the
     * clip holds where the word goes is background alone.
     */
    private static Placed insert(RandomGenerator random, float[] clip, float[] word, List<Placed> taken) {
        if (word.length >= clip.length) {
            return null;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            int start = random.nextInt(clip.length - word.length);
            int end = start + word.length;
            if (taken.stream().noneMatch(t -> start < t.end() && t.start() < end)) {
                double gain = 0.3 + 0.7 * random.nextDouble();
                float[] normalized = Sounds.normalized(word, 0.5);
                double snrDb = 10 * Math.log10(power(normalized, 0, normalized.length) * gain * gain / power(clip, start, end));
                Sounds.addInto(clip, normalized, start, gain);
                Placed placed = new Placed(start, end, snrDb);
                taken.add(placed);
                return placed;
            }
        }
        return null;
    }

    /** Mean square of x[from, to). */
    private static double power(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return sum / (to - from);
    }
}
