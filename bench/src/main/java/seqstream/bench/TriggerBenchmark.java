package seqstream.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import seqstream.audio.Audio;
import seqstream.audio.trigger.AudioStream;
import seqstream.audio.trigger.TriggerScorer;

/**
 * Audio-seconds processed per CPU-second (the whole process's CPU time, so it counts every thread):
 * our streaming path (each 100 ms chunk scored once, state carried) against the usual approach (every
 * 250 ms, the last 10 seconds re-scored from scratch: features and model), for many concurrent streams,
 * both batching all streams into one model call per round (end to end through Kafka: {@link Workloads#trigger()}).
 */
public final class TriggerBenchmark {
    static final int CHUNK = Audio.MODEL_RATE / 10;
    static final int HOP = Audio.MODEL_RATE / 4;
    static final int WINDOW = 10 * Audio.MODEL_RATE;

    private TriggerBenchmark() {
    }

    /** Noise-like audio; the cost of scoring does not depend on what is said. */
    static float[] audio(int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = (float) (0.05 * random.nextGaussian());
        }
        return x;
    }

    /** {@code streams} streams fed 100 ms chunks in rounds (one model call per round), for at least {@code seconds}. */
    public static Figure streaming(TriggerScorer scorer, int streams, double seconds) {
        float[] source = audio(20 * Audio.MODEL_RATE, 1);
        List<AudioStream> live = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            live.add(new AudioStream(Audio.MODEL_RATE));
        }
        int[] round = {0};
        Runnable step = () -> {
            int at = (round[0]++ * CHUNK) % (source.length - CHUNK);
            float[] chunk = Arrays.copyOfRange(source, at, at + CHUNK);
            for (AudioStream stream : live) {
                stream.accept(chunk);
            }
            scorer.score(live);
        };
        for (int i = 0; i < 5; i++) {
            step.run(); // warm-up
        }
        return measure("streaming, " + streams + (streams == 1 ? " stream" : " streams"), streams * (double) CHUNK / Audio.MODEL_RATE,
                step, seconds);
    }

    /** The usual approach: every 250 ms, each stream's last 10 s scored from scratch, all streams in one call. */
    public static Figure windowed(TriggerScorer scorer, int streams, double seconds) {
        float[] window = audio(WINDOW, 2);
        Runnable step = () -> {
            List<AudioStream> fresh = new ArrayList<>(streams);
            for (int s = 0; s < streams; s++) {
                AudioStream stream = new AudioStream(Audio.MODEL_RATE);
                stream.accept(window);
                fresh.add(stream);
            }
            scorer.score(fresh);
        };
        step.run(); // warm-up
        return measure("10 s window every 250 ms, " + streams + (streams == 1 ? " stream" : " streams"),
                streams * (double) HOP / Audio.MODEL_RATE, step, seconds);
    }

    /** Repeats {@code round} (which processes {@code audioPerRound} seconds of audio) for at least {@code seconds} of wall time. */
    private static Figure measure(String name, double audioPerRound, Runnable round, double seconds) {
        List<Double> millis = new ArrayList<>();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long now = start;
        do {
            round.run();
            long after = System.nanoTime();
            millis.add((after - now) / 1e6);
            now = after;
        } while (now - start < seconds * 1e9);
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        return Figure.of(name, (int) Math.round(audioPerRound * millis.size()), cpuSeconds,
                millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
