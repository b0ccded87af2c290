package seqstream.training.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.inference.ModelManifest;
import seqstream.training.names.DinosaurNames;

/** ./seqctl train trigger on a tiny budget: the step graph equals DJL, and chunked equals whole. */
class TriggerTrainingTest {
    @TempDir
    Path bundle;

    @Test
    void theStreamingGraphMatchesDjlAndDoesNotCareHowAudioIsChunked() throws Exception {
        assumeThat(System.getenv("SEQSTREAM_DATA")).as("SEQSTREAM_DATA is not set: clips are built from the course's")
                .isNotBlank();
        assumeThat(Espeak.available()).as("espeak-ng is not installed (.ci/run installs it)").isTrue();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelManifest manifest = TriggerTraining.run(new TriggerSettings(1, 4, 64, 1, 12, 0.01),
                DinosaurNames.dataDirectory(), bundle, new PrintStream(log, true));
        assertThat(((Number) manifest.evaluation().get("onnx_vs_djl_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        assertThat(((Number) manifest.evaluation().get("chunked_vs_whole_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        assertThat(manifest.evaluation()).containsKeys("heldout_synthetic_voices", "real_voice", "no_activate_audio");
        assertThat(manifest.preprocessing()).containsKey("threshold");
    }

    @Test
    void aLossTwiceTheBestSoFarStopsTraining() {
        assertThat(TriggerTraining.diverged(12, 0.395, 0.075)).isTrue();
        assertThat(TriggerTraining.diverged(12, 0.08, 0.075)).isFalse();
        assertThat(TriggerTraining.diverged(1, 0.7, Double.POSITIVE_INFINITY)).isFalse();
    }
}
