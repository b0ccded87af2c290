package seqstream.training.jazz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelManifest;
import seqstream.music.JazzSampler;
import seqstream.music.MusicValue;
import seqstream.music.Solo;
import seqstream.music.SoloFigures;
import seqstream.music.SoloSpec;
import seqstream.training.names.DinosaurNames;

/** ./seqctl train jazz on a tiny budget: the step graph equals DJL, every figure is written, the bundle plays. */
class JazzTrainingTest {
    @TempDir
    Path bundle;

    @Test
    void theStepGraphMatchesDjlAndTheBundlePlays() throws Exception {
        assumeThat(System.getenv("SEQSTREAM_DATA")).as("SEQSTREAM_DATA is not set: the corpus is the course's MIDI file").isNotBlank();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelManifest manifest = JazzTraining.run(JazzSettings.tiny(), DinosaurNames.dataDirectory(), bundle, new PrintStream(log, true));

        Map<String, Object> evaluation = manifest.evaluation();
        assertThat(((Number) evaluation.get("onnx_vs_djl_max_abs_diff")).doubleValue()).isLessThan(1e-4);
        assertThat(evaluation).containsKeys("heldout_nll_per_value", "unigram_heldout_nll_per_value", "bigram_heldout_nll_per_value");
        Map<?, ?> generation = (Map<?, ?>) evaluation.get("generation");
        assertThat(((Number) generation.get("longest_silence_seconds_max")).doubleValue()).isLessThanOrEqualTo(JazzSampler.MAX_SILENCE_SECONDS);
        assertThat(log.toString()).contains("held-out NLL per value");

        try (JazzSampler sampler = JazzSampler.load(bundle, new InferenceOptions(Device.CPU, 0), new SimpleMeterRegistry())) {
            List<Solo> solos = sampler.improvise(List.of(new SoloSpec(20, 1.0, 5, 200), new SoloSpec(20, 1.0, 5, 200),
                    new SoloSpec(8, 1.5, 6, 60)));
            assertThat(solos.get(1)).isEqualTo(solos.get(0)); // a seed gives the same music, whatever else is in the batch
            for (Solo solo : solos) {
                assertThat(SoloFigures.longestSilenceSeconds(solo)).isLessThanOrEqualTo(JazzSampler.MAX_SILENCE_SECONDS);
                assertThat(solo.notes()).allMatch(n -> n.end() <= solo.sixteenths());
            }
            assertThat(solos.get(2).sixteenths()).isEqualTo(32); // 8 s at 60 bpm
        }
    }

    @Test
    void theBaselinesAreSmoothedOverTheWholeVocabulary() {
        List<MusicValue> values = List.of(MusicValue.rest(0), MusicValue.rest(1),
                MusicValue.rest(0), MusicValue.rest(1));
        NgramBaseline ngrams = new NgramBaseline(values, 4);
        double total = 0;
        for (int v = 0; v < MusicValue.COUNT; v++) {
            total += ngrams.bigram(0, v, 0.1);
            assertThat(ngrams.unigram(v, 0.1)).isPositive();
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(ngrams.bigram(0, 1, 0.1)).isGreaterThan(ngrams.bigram(0, 0, 0.1)); // rest 0 was always followed by rest 1
    }
}
