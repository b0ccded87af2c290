package seqstream.training.jazz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelBundle;
import seqstream.music.JazzCorpus;
import seqstream.music.JazzSampler;
import seqstream.training.names.DinosaurNames;

/** The bundle in models/jazz: its recorded figures meet the targets, and they are what the bundle does today. */
class CommittedJazzBundleTest {
    private static final Path BUNDLE = Path.of(System.getProperty("seqstream.root", "..")).resolve("models/jazz");

    private static Map<String, Object> evaluation() {
        return ModelBundle.load(BUNDLE, JazzSampler.MODEL_NAME).manifest().evaluation();
    }

    @Test
    void recordsFiguresThatMeetTheTargets() {
        Map<String, Object> evaluation = evaluation();
        double lstm = ((Number) evaluation.get("heldout_nll_per_value")).doubleValue();
        assertThat(lstm).isLessThan(((Number) evaluation.get("unigram_heldout_nll_per_value")).doubleValue());
        assertThat(lstm).isLessThan(((Number) evaluation.get("bigram_heldout_nll_per_value")).doubleValue());
        assertThat(((Number) evaluation.get("onnx_vs_djl_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        Map<?, ?> generation = (Map<?, ?>) evaluation.get("generation");
        assertThat(((Number) generation.get("pooled_in_chord_or_scale_share")).doubleValue()).isGreaterThanOrEqualTo(0.90);
        assertThat(((Number) generation.get("in_chord_or_scale_share_min")).doubleValue()).isGreaterThanOrEqualTo(0.90);
        assertThat(((Number) generation.get("longest_silence_seconds_max")).doubleValue()).isLessThanOrEqualTo(2.0);
        assertThat(((Number) generation.get("pooled_pitch_class_correlation")).doubleValue()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void theBundlePlaysTheSoloFiguresItRecorded() {
        Map<String, Object> evaluation = evaluation();
        double[] corpus = ((List<?>) evaluation.get("corpus_pitch_class_histogram")).stream().mapToDouble(x -> ((Number) x).doubleValue()).toArray();
        try (JazzSampler sampler = JazzSampler.load(BUNDLE, new InferenceOptions(Device.CPU, 0), new SimpleMeterRegistry())) {
            Map<String, Object> measured = JazzTraining.generationFigures(sampler, corpus);
            Map<?, ?> recorded = (Map<?, ?>) evaluation.get("generation");
            for (String figure : List.of("pooled_in_chord_or_scale_share", "longest_silence_seconds_max", "pooled_pitch_class_correlation")) {
                assertThat(((Number) measured.get(figure)).doubleValue()).as(figure)
                        .isCloseTo(((Number) recorded.get(figure)).doubleValue(), within(1e-4));
            }
        }
    }

    @Test
    void theStepGraphScoresTheHeldOutPartAsRecorded() throws Exception {
        assumeThat(System.getenv("SEQSTREAM_DATA")).as("SEQSTREAM_DATA is not set: the held-out part comes from the course's MIDI file")
                .isNotBlank();
        JazzCorpus corpus = JazzCorpus.read(DinosaurNames.dataDirectory().resolve(JazzTraining.MIDI_FILE), JazzCorpus.Parts.METHENY);
        var manifest = ModelBundle.load(BUNDLE, JazzSampler.MODEL_NAME).manifest();
        long[] starts = corpus.valueStarts();
        int heldOutFrom = JazzTraining.splitAt(starts, starts[starts.length - 1] * (1 - JazzTraining.HELD_OUT));
        try (JazzSampler sampler = JazzSampler.load(BUNDLE, new InferenceOptions(Device.CPU, 0), new SimpleMeterRegistry())) {
            double nll = JazzTraining.onnxNll(sampler, corpus.values(), heldOutFrom, corpus.values().size(),
                    manifest.intParameter("window"));
            assertThat(nll).isCloseTo(((Number) manifest.evaluation().get("heldout_nll_per_value")).doubleValue(), within(1e-4));
        }
    }
}
