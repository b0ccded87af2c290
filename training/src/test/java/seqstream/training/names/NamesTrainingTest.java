package seqstream.training.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.inference.ModelBundle;
import seqstream.inference.ModelManifest;

/** ./seqctl train names on a tiny budget and made-up names: every figure written, the step graph equal to the engine. */
class NamesTrainingTest {
    @TempDir
    Path bundle;

    @Test
    void writesABundleWithItsFiguresAndAStepGraphThatMatchesTheEngine() throws Exception {
        SplittableRandom random = new SplittableRandom(1);
        List<String> names = new ArrayList<>();
        String[] starts = {"tyr", "bra", "ste", "vel", "all"};
        String[] ends = {"osaurus", "odon", "ops", "ator", "raptor"};
        for (int i = 0; i < 200; i++) {
            names.add(starts[random.nextInt(starts.length)] + "an" + ends[random.nextInt(ends.length)]);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelManifest manifest = NamesTraining.run(new NamesSettings(3, 16, 0.01, 2, 1, 300), DinosaurNames.split(names),
                bundle, new PrintStream(log, true));

        ModelManifest reread = ModelBundle.load(bundle, "names").manifest();
        assertThat(reread.evaluation()).containsKeys("heldout_nll_per_char", "course_rnn_heldout_nll_per_char",
                "fourgram_kneser_ney_heldout_nll_per_char", "sampling");
        assertThat(((Number) manifest.evaluation().get("onnx_vs_engine_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        // The made-up names are easy: even two epochs beat a uniform guess (ln 27 = 3.30 nats) by far.
        assertThat(((Number) manifest.evaluation().get("heldout_nll_per_char")).doubleValue()).isLessThan(1.5);
        assertThat(((Map<?, ?>) manifest.evaluation().get("sampling")).keySet().stream().map(String::valueOf)).contains("share_not_in_corpus", "share_unique");
        assertThat(log.toString()).contains("4-gram").contains("course RNN").contains("ours (LSTM 16)");
    }
}
