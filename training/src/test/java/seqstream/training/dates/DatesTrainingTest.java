package seqstream.training.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelManifest;

/** The whole of ./seqctl train dates on a tiny budget: train, export, parity, evaluate, write the bundle. */
class DatesTrainingTest {
    @TempDir
    Path bundle;

    @Test
    void writesABundleWhoseOnnxGraphMatchesDjl() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelManifest manifest = DatesTraining.run(new TrainingSettings(42, 6, 32, 0.01f), bundle, 3,
                new PrintStream(log, true));

        assertThat(Files.size(bundle.resolve("model.onnx"))).isGreaterThan(10_000);
        assertThat(javax.imageio.ImageIO.read(bundle.resolve(DatesTraining.ATTENTION_PICTURE).toFile()).getHeight())
                .isGreaterThan(300);
        ModelManifest reread = ModelBundle.load(bundle, "dates").manifest();
        assertThat(reread.evaluation()).containsKeys("exactMatch", "familyExactMatch", "requiredDates");
        assertThat(reread.training()).containsEntry("steps", 6).containsKey("dataFingerprint");
        // Gate order, bias layout, the flipped encoder and the unrolled decoder all show up here when wrong.
        assertThat(((Number) manifest.evaluation().get("onnxVsDjlMaxAbsDiff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        assertThat((Map<?, ?>) manifest.evaluation().get("familyExactMatch")).hasSize(DateFamily.values().length);
        assertThat(log.toString()).contains("held-out exact match");
    }

    @Test
    void refusesToTrainOnTheHeldOutSeed() {
        assertThatThrownBy(() -> DatesTraining.run(new TrainingSettings(DatesEvaluation.HELD_OUT_SEED, 1, 2, 0.01f),
                bundle, 1, System.out)).hasMessageContaining("held-out");
    }
}
