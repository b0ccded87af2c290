package seqstream.audio;

/** Mono samples in [-1, 1] at a sample rate. */
public record Audio(float[] samples, int sampleRate) {
    /** Every model hears 16 kHz mono. */
    public static final int MODEL_RATE = 16_000;

    public double seconds() {
        return (double) samples.length / sampleRate;
    }

    /** This audio at another sample rate (the same object when it is already there). */
    public Audio resampledTo(int rate) {
        if (rate == sampleRate) {
            return this;
        }
        Resampler resampler = new Resampler(sampleRate, rate);
        float[] head = resampler.process(samples);
        float[] tail = resampler.flush();
        float[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return new Audio(all, rate);
    }
}
