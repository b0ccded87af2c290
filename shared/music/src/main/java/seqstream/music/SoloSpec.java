package seqstream.music;

/** What to improvise: {@code seconds} of music at {@code tempoBpm}, sampled at {@code temperature} from {@code seed}. */
public record SoloSpec(double seconds, double temperature, long seed, int tempoBpm) {
    /** Sixteenths of music the seconds make at the tempo (at least one). */
    public int sixteenths() {
        return (int) Math.max(1, Math.round(seconds / Solo.secondsPerSixteenth(tempoBpm)));
    }
}
