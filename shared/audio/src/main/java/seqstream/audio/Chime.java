package seqstream.audio;

/** The course's output: a chime mixed into the audio right after each detection. */
public final class Chime {
    private Chime() {
    }

    /** Adds {@code chime} to {@code audio} from sample {@code at} on (cut at the end), clipping to [-1, 1]. */
    public static void mixInto(float[] audio, float[] chime, int at) {
        for (int i = 0; i < chime.length && at + i < audio.length; i++) {
            if (at + i >= 0) {
                audio[at + i] = Math.max(-1f, Math.min(1f, audio[at + i] + chime[i]));
            }
        }
    }

    /**
     * The chime seqstream makes itself (so nothing of the course's is needed at run time): two bell-like
     * partials, E6 and B6, with a fast attack and an exponential decay, 0.6 s.
     */
    public static float[] synthesize(int sampleRate) {
        int length = (int) (0.6 * sampleRate);
        float[] chime = new float[length];
        for (int i = 0; i < length; i++) {
            double t = (double) i / sampleRate;
            double envelope = Math.min(1, t / 0.005) * Math.exp(-t / 0.15);
            chime[i] = (float) (0.35 * envelope * (Math.sin(2 * Math.PI * 1318.5 * t) + 0.5 * Math.sin(2 * Math.PI * 1975.5 * t)));
        }
        return chime;
    }
}
