package seqstream.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import seqstream.music.JazzMidi;
import seqstream.music.JazzSampler;
import seqstream.music.SoloSpec;
import seqstream.music.WavRenderer;

/**
 * The jazz generator's two costs: improvising a minute of music (the step graph, value by value, and the
 * MIDI file), and rendering it to audio with Gervill, measured against real time.
 */
public final class JazzBenchmark {
    public static final double SOLO_SECONDS = 60;
    private static final int TEMPO = 130;

    private JazzBenchmark() {
    }

    /** Minutes of music improvised, {@code batch} solos per call, as MIDI files: items are solos. */
    public static Figure improvise(JazzSampler sampler, int batch, double seconds) {
        IntFunction<Integer> call = seed -> {
            List<SoloSpec> specs = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                specs.add(new SoloSpec(SOLO_SECONDS, 1.0, seed * 1000L + i, TEMPO));
            }
            sampler.improvise(specs).forEach(JazzMidi::write);
            return batch;
        };
        return measure((batch == 1 ? "60 s of music, one solo" : "60 s of music, " + batch + " solos per call"), call, seconds);
    }

    /** Audio rendered from a 60-second solo's MIDI: items are seconds of audio, so per second is the speed against real time. */
    public static Figure render(JazzSampler sampler, double seconds) {
        byte[] midi = JazzMidi.write(sampler.improvise(List.of(new SoloSpec(SOLO_SECONDS, 1.0, 1, TEMPO))).getFirst());
        IntFunction<Integer> call = seed -> {
            byte[] wav = WavRenderer.render(midi);
            return (int) Math.round((wav.length - 44) / (44100.0 * 4)); // 16-bit stereo after the 44-byte header
        };
        return measure("WAV rendering (audio seconds)", call, seconds);
    }

    private static Figure measure(String name, IntFunction<Integer> call, double seconds) {
        return Repeat.calls(name, 3, seconds, call::apply); // warm-up also loads Gervill's soundbank
    }
}
