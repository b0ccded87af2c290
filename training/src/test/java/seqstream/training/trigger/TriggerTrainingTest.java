package seqstream.training.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.inference.ModelManifest;
import seqstream.training.names.DinosaurNames;

/**
 * ./seqctl train trigger on a tiny budget: the step graph of two members (of different sizes, trained for different
 * epochs) equals the mean of their DJL scores, and chunked equals whole.
 */
class TriggerTrainingTest {
    @TempDir
    Path bundle;

    @Test
    void theStreamingGraphMatchesDjlAndDoesNotCareHowAudioIsChunked() throws Exception {
        assumeThat(System.getenv("SEQSTREAM_DATA")).as("SEQSTREAM_DATA is not set: clips are built from the course's")
                .isNotBlank();
        assumeThat(Espeak.available()).as("espeak-ng is not installed (.ci/run installs it)").isTrue();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelManifest manifest = TriggerTraining.run(new TriggerSettings(1, 4, 64,
                List.of(new TriggerSettings.Member(8, 1), new TriggerSettings.Member(12, 2)), 12, 0.01),
                DinosaurNames.dataDirectory(), bundle, new PrintStream(log, true));
        assertThat(((Number) manifest.evaluation().get("onnx_vs_djl_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        assertThat(((Number) manifest.evaluation().get("chunked_vs_whole_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        assertThat(manifest.evaluation()).containsKeys("heldout_synthetic_voices", "real_voice", "no_activate_audio");
        assertThat(manifest.preprocessing()).containsKey("threshold").containsEntry("hiddenSize", 8 + 12);
        assertThat(TriggerSettings.of(manifest.training()).members())
                .containsExactly(new TriggerSettings.Member(8, 1), new TriggerSettings.Member(12, 2));
    }

    @Test
    void aLossTwiceTheBestSoFarIsABlowUp() {
        assertThat(TriggerTraining.diverged(12, 0.395, 0.075)).isTrue();
        assertThat(TriggerTraining.diverged(12, 0.08, 0.075)).isFalse();
        assertThat(TriggerTraining.diverged(1, 0.7, Double.POSITIVE_INFINITY)).isFalse();
    }

    @Test
    void aRestartGoesBackToTheSnapshotAndTrainingGoesOnFromThere() {
        SplittableRandom random = new SplittableRandom(3);
        List<LabeledClip> clips = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            float[] audio = new float[ClipComposer.CLIP_SAMPLES];
            for (int i = 0; i < audio.length; i++) {
                audio[i] = (float) (0.1 * random.nextGaussian());
            }
            clips.add(new LabeledClip(audio, List.of(40_000 * (c + 1)), List.of()));
        }
        TriggerExamples examples = TriggerExamples.of(clips);
        try (TriggerTrainer trainer = new TriggerTrainer(examples, 16, 2, 0.01f, 10, 1)) {
            trainer.epoch(examples, new SplittableRandom(1), (loss, batch) -> { });
            byte[] snapshot = trainer.snapshot();
            float[][] atSnapshot = trainer.scores(examples.features(), examples.count(), examples.frames());
            trainer.epoch(examples, new SplittableRandom(2), (loss, batch) -> { });
            assertThat(trainer.scores(examples.features(), examples.count(), examples.frames())[0]).isNotEqualTo(atSnapshot[0]);

            trainer.restart(snapshot, 2);
            assertThat(trainer.scores(examples.features(), examples.count(), examples.frames())).isEqualTo(atSnapshot);
            trainer.epoch(examples, new SplittableRandom(2), (loss, batch) -> { });
            assertThat(trainer.scores(examples.features(), examples.count(), examples.frames())[0]).isNotEqualTo(atSnapshot[0]);
        }
    }
}
