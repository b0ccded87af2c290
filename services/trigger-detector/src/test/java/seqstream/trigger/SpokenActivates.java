package seqstream.trigger;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import seqstream.audio.Audio;
import seqstream.audio.WavFiles;

/**
 * Test audio: the course's recorded "activate"s placed into quiet noise at known times, so detections can
 * be checked against when each word ended. Needs SEQSTREAM_DATA; tests skip, saying why, without it.
 */
public final class SpokenActivates {
    private SpokenActivates() {
    }

    /** A recording at 16 kHz with an "activate" starting at each of {@code starts} seconds; the ends are returned too. */
    public record Recording(Audio audio, List<Double> ends) {
    }

    public static Recording recording(double seconds, double... starts) throws IOException {
        List<Audio> activates = activates();
        float[] samples = new float[(int) (seconds * Audio.MODEL_RATE)];
        java.util.SplittableRandom noise = new java.util.SplittableRandom(1);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.003 * noise.nextGaussian());
        }
        List<Double> ends = new java.util.ArrayList<>();
        for (int k = 0; k < starts.length; k++) {
            float[] word = activates.get(k % activates.size()).samples();
            int at = (int) (starts[k] * Audio.MODEL_RATE);
            for (int i = 0; i < word.length && at + i < samples.length; i++) {
                samples[at + i] += word[i];
            }
            ends.add((at + word.length) / (double) Audio.MODEL_RATE);
        }
        return new Recording(new Audio(samples, Audio.MODEL_RATE), ends);
    }

    /** The course's raw "activate" clips at 16 kHz. */
    static List<Audio> activates() throws IOException {
        String data = System.getenv("SEQSTREAM_DATA");
        assumeThat(data).as("SEQSTREAM_DATA is not set: the test speech is the course's recorded activates").isNotBlank();
        Path root = Path.of(data).isAbsolute() ? Path.of(data) : Path.of(System.getProperty("seqstream.root", ".")).resolve(data);
        Path dir = root.resolve("trigger/raw_data/activates");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> wavs = files.filter(f -> f.toString().endsWith(".wav")).sorted().toList();
            List<Audio> clips = new java.util.ArrayList<>();
            for (Path wav : wavs) {
                clips.add(WavFiles.read(wav).resampledTo(Audio.MODEL_RATE));
            }
            return clips;
        }
    }
}
