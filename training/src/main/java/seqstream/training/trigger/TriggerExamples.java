package seqstream.training.trigger;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import seqstream.audio.LogMelFeatures;
import seqstream.audio.trigger.TriggerFrontEnd;

/**
 * Clips as model input: log-mel frames [clips, frames, 40], per-step labels [clips, steps], 1 for the
 * steps that end within half a second after an "activate" ends, and per-step loss weights [clips, steps].
 */
public record TriggerExamples(int count, int frames, float[] features, float[] labels, float[] weights) {
    public static final double LABEL_SECONDS = 0.5;
    /**
     * The loss weight of the steps that hear another word, from its start to half a second after it ends:
     * the false alarms left at a threshold of 0.99 fired on words that sound alike, not on backgrounds.
     */
    public static final float NEGATIVE_WORD_WEIGHT = 3f;
    /**
     * Training clips heard through a front end whose filters are warped (vocal-tract length perturbation, see
     * {@link LogMelFeatures#LogMelFeatures(double)}), by a factor log-uniform in [1 / {@value #MAX_TRAINING_WARP},
     * {@value #MAX_TRAINING_WARP}]: most held-out misses of the bundle trained without it were two espeak-ng
     * variants whose formants lie where no training voice's do (Alicia, every formant 15-50% high: recall 0.66;
     * Lee, its third formant silenced and its fourth at 290%: 0.61; the other eight 0.92-0.99). With it, 0.69 and
     * 0.72 (each bundle at its own threshold, 0.87 and 0.82). The other half of the clips are heard as served.
     */
    public static final double WARPED_SHARE = 0.5;
    public static final double MAX_TRAINING_WARP = 1.25;

    /** {@code count} clips composed from the corpus (see {@link ClipComposer}), the same for the same seed. */
    public static List<LabeledClip> composeClips(TriggerCorpus corpus, int count, long seed, int maxActivates, int maxNegatives) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LabeledClip> clips = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            clips.add(ClipComposer.compose(random, corpus.backgrounds().get(random.nextInt(corpus.backgrounds().size())),
                    corpus.activates(), corpus.negatives(), maxActivates, maxNegatives));
        }
        return clips;
    }

    /** Training examples: {@code count} clips composed from the corpus, about {@link #WARPED_SHARE} of them warped. */
    public static TriggerExamples compose(TriggerCorpus corpus, int count, long seed, int maxActivates, int maxNegatives) {
        List<LabeledClip> clips = composeClips(corpus, count, seed, maxActivates, maxNegatives);
        // A random stream of its own: the clips are the ones composeClips gives for this seed.
        SplittableRandom random = new SplittableRandom(~seed);
        double[] warps = new double[clips.size()];
        for (int c = 0; c < warps.length; c++) {
            warps[c] = random.nextDouble() < WARPED_SHARE ? Math.pow(MAX_TRAINING_WARP, random.nextDouble(-1, 1)) : 1;
        }
        return of(clips, warps);
    }

    /** The clips as the model hears them when serving. */
    public static TriggerExamples of(List<LabeledClip> clips) {
        double[] warps = new double[clips.size()];
        Arrays.fill(warps, 1);
        return of(clips, warps);
    }

    /** Clip c heard through a front end warped by {@code warps[c]}. */
    static TriggerExamples of(List<LabeledClip> clips, double[] warps) {
        int frames = frames(ClipComposer.CLIP_SAMPLES);
        int steps = TriggerModel.steps(frames);
        float[] features = new float[clips.size() * frames * LogMelFeatures.BANDS];
        float[] labels = new float[clips.size() * steps];
        float[] weights = new float[clips.size() * steps];
        Arrays.fill(weights, 1f);
        for (int c = 0; c < clips.size(); c++) {
            List<float[]> clipFrames = new TriggerFrontEnd(warps[c]).process(clips.get(c).audio());
            for (int f = 0; f < frames; f++) {
                System.arraycopy(clipFrames.get(f), 0, features, (c * frames + f) * LogMelFeatures.BANDS, LogMelFeatures.BANDS);
            }
            for (int s = 0; s < steps; s++) {
                long stepEnd = stepEndSample(s);
                for (int end : clips.get(c).activateEnds()) {
                    if (stepEnd > end && stepEnd <= end + LABEL_SECONDS * 16_000) {
                        labels[c * steps + s] = 1;
                    }
                }
                for (LabeledClip.Negative other : clips.get(c).negatives()) {
                    if (stepEnd > other.start() && stepEnd <= other.end() + LABEL_SECONDS * 16_000) {
                        weights[c * steps + s] = NEGATIVE_WORD_WEIGHT;
                    }
                }
            }
        }
        return new TriggerExamples(clips.size(), frames, features, labels, weights);
    }

    public static int frames(int samples) {
        return samples < LogMelFeatures.WINDOW ? 0 : (samples - LogMelFeatures.WINDOW) / LogMelFeatures.HOP + 1;
    }

    /** The sample just after the last one step {@code step} has heard. */
    public static long stepEndSample(int step) {
        return (long) LogMelFeatures.HOP * (TriggerModel.STRIDE * step + TriggerModel.KERNEL - 1) + LogMelFeatures.WINDOW;
    }

    public int steps() {
        return TriggerModel.steps(frames);
    }
}
