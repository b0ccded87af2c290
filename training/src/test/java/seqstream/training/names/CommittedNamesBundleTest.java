package seqstream.training.names;

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
import seqstream.rnn.CharModel;
import seqstream.text.names.NameSampler;
import seqstream.text.names.NameSpec;

/** The bundle in models/names: its recorded figures meet the targets, re-measured where the course data is at hand. */
class CommittedNamesBundleTest {
    private static final Path BUNDLE = Path.of(System.getProperty("seqstream.root", "..")).resolve("models/names");

    @Test
    void recordsFiguresThatMeetTheTargets() {
        Map<String, Object> evaluation = ModelBundle.load(BUNDLE, "names").manifest().evaluation();
        assertThat((Double) evaluation.get("heldout_nll_per_char")).isLessThanOrEqualTo(1.75);
        assertThat(((Number) evaluation.get("onnx_vs_engine_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        Map<?, ?> sampling = (Map<?, ?>) evaluation.get("sampling");
        assertThat((Double) sampling.get("share_not_in_corpus")).isGreaterThanOrEqualTo(0.90);
        assertThat((Double) sampling.get("share_unique")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theStepGraphScoresTheHeldOutNamesAsRecorded() throws Exception {
        assumeThat(System.getenv("SEQSTREAM_DATA")).as("SEQSTREAM_DATA is not set: the held-out names come from the course data")
                .isNotBlank();
        DinosaurNames names = DinosaurNames.load(DinosaurNames.dataDirectory());
        double recorded = (Double) ModelBundle.load(BUNDLE, "names").manifest().evaluation().get("heldout_nll_per_char");
        int hidden = ModelBundle.load(BUNDLE, "names").manifest().intParameter("hiddenSize");
        double nll = 0;
        long chars = 0;
        try (StepGraphCheck graph = new StepGraphCheck(BUNDLE.resolve(NamesTraining.GRAPH_FILE), hidden)) {
            for (String name : names.heldOut()) {
                int[][] encoded = NameLanguageModel.encode(name);
                float[] h = new float[hidden];
                float[] c = new float[hidden];
                for (int t = 0; t < encoded[0].length; t++) {
                    int input = encoded[0][t] == CharModel.START ? NameLanguageModel.VOCABULARY.size() : encoded[0][t];
                    float[][] out = graph.step(input, h, c);
                    nll -= Math.log(out[0][encoded[1][t]]);
                    chars++;
                    h = out[1];
                    c = out[2];
                }
            }
        }
        assertThat(nll / chars).isCloseTo(recorded, within(1e-3));
    }

    @Test
    void theSameSeedGivesTheSameNamesAndThePrefixStartsThem() {
        try (NameSampler sampler = NameSampler.load(BUNDLE, new InferenceOptions(Device.CPU, 0), new SimpleMeterRegistry())) {
            List<List<String>> twice = sampler.sample(List.of(new NameSpec(30, 1.0, 5, ""), new NameSpec(30, 1.0, 5, ""),
                    new NameSpec(10, 0.5, 6, "Tyr")));
            assertThat(twice.get(0)).hasSize(30).isEqualTo(twice.get(1)).allMatch(n -> n.matches("[A-Z][a-z]+"));
            assertThat(twice.get(2)).hasSize(10).allMatch(n -> n.startsWith("Tyr"));
            // Alone or beside others in a batch, a spec gets the same names.
            assertThat(sampler.sample(List.of(new NameSpec(30, 1.0, 5, ""))).getFirst()).isEqualTo(twice.get(0));
        }
    }
}
