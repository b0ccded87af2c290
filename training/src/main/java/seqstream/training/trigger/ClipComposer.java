package seqstream.training.trigger;

import java.util.ArrayList;
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
        List<int[]> taken = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int activateCount = activates.isEmpty() ? 0 : random.nextInt(maxActivates + 1);
        for (int i = 0; i < activateCount; i++) {
            int[] placed = insert(random, clip, activates.get(random.nextInt(activates.size())), taken);
            if (placed != null) {
                ends.add(placed[1]);
            }
        }
        List<LabeledClip.Negative> others = new ArrayList<>();
        int negativeCount = negatives.isEmpty() ? 0 : random.nextInt(maxNegatives + 1);
        for (int i = 0; i < negativeCount; i++) {
            OtherWord other = negatives.get(random.nextInt(negatives.size()));
            int[] placed = insert(random, clip, other.samples(), taken);
            if (placed != null) {
                others.add(new LabeledClip.Negative(placed[0], placed[1], other.word()));
            }
        }
        ends.sort(Integer::compare);
        for (int i = 0; i < clip.length; i++) {
            clip[i] = Math.max(-1f, Math.min(1f, clip[i]));
        }
        return new LabeledClip(clip, ends, others);
    }

    /** Puts a word where nothing else is (a few tries); returns its [start, end) or null when there is no room. */
    private static int[] insert(RandomGenerator random, float[] clip, float[] word, List<int[]> taken) {
        if (word.length >= clip.length) {
            return null;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            int start = random.nextInt(clip.length - word.length);
            int end = start + word.length;
            if (taken.stream().noneMatch(t -> start < t[1] && t[0] < end)) {
                double gain = 0.3 + 0.7 * random.nextDouble();
                Sounds.addInto(clip, Sounds.normalized(word, 0.5), start, gain);
                int[] placed = {start, end};
                taken.add(placed);
                return placed;
            }
        }
        return null;
    }
}
