package seqstream.training.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelManifest;
import seqstream.training.names.DinosaurNames;

/**
 * ./seqctl train trigger on a tiny budget: the step graph of two members (of different sizes, trained for different
 * epochs, each in a JVM of its own) equals the mean of their DJL scores, chunked equals whole, and ./seqctl eval
 * trigger measures it again.
 */
class TriggerTrainingTest {
    @TempDir
    Path bundle;

    @Test
    void aTinyBundleMatchesDjlIgnoresChunkingAndEvalMeasuresItAgain() throws Exception {
        assumeThat(System.getenv("SEQSTREAM_DATA")).as("SEQSTREAM_DATA is not set: clips are built from the course's")
                .isNotBlank();
        assumeThat(Espeak.available()).as("espeak-ng is not installed (.ci/run installs it)").isTrue();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelManifest manifest = TriggerTraining.run(new TriggerSettings(1, 4, 64,
                List.of(new TriggerSettings.Member(8, 1), new TriggerSettings.Member(12, 2)), 12, 0.01),
                DinosaurNames.dataDirectory(), bundle, 2, new PrintStream(log, true));
        assertThat(log.toString()).as("each member trained in a JVM of its own, its output headed by its name")
                .contains("member 1 of 2: GRU 8, 1 epochs, in a JVM of its own", "member 2 of 2: GRU 12, 2 epochs, in a JVM of its own")
                .containsPattern("member 2:   epoch  2  loss \\d");
        assertThat(((Number) manifest.evaluation().get("onnx_vs_djl_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        assertThat(((Number) manifest.evaluation().get("chunked_vs_whole_max_abs_diff")).doubleValue()).isLessThanOrEqualTo(1e-4);
        assertThat(manifest.evaluation()).containsKeys("heldout_synthetic_voices", "real_voice", "no_activate_audio");
        assertThat(manifest.preprocessing()).containsKey("threshold").containsEntry("hiddenSize", 8 + 12);
        assertThat(TriggerSettings.of(manifest.training()).members())
                .containsExactly(new TriggerSettings.Member(8, 1), new TriggerSettings.Member(12, 2));

        // ./seqctl eval trigger: scale 1 measures again what training measured, scale 2 on sets twice as large.
        TriggerSettings settings = TriggerSettings.of(manifest.training());
        PrintStream quiet = new PrintStream(log, true);
        try (TriggerScorer scorer = TriggerScorer.load(bundle, new InferenceOptions(Device.CPU, 0), new SimpleMeterRegistry())) {
            Map<String, Object> again = TriggerTraining.evaluate(scorer, scorer.threshold(), settings, 1, DinosaurNames.dataDirectory(), quiet);
            for (String set : List.of("heldout_synthetic_voices", "real_voice", "no_activate_audio")) {
                assertThat(again.get(set)).as(set).isEqualTo(manifest.evaluation().get(set));
                Map<?, ?> figures = (Map<?, ?>) again.get(set);
                assertThat(((Map<?, ?>) figures.get("false_alarms_by_word")).values().stream().mapToInt(n -> (Integer) n).sum())
                        .as(set + ": every false alarm told by a word or none").isEqualTo(figures.get("false_alarms"));
            }
            for (String set : List.of("heldout_synthetic_voices", "real_voice")) {
                Map<?, ?> figures = (Map<?, ?>) again.get(set);
                assertThat(((Map<?, ?>) figures.get("recall_by_snr_db")).values().stream()
                        .mapToInt(band -> (Integer) ((Map<?, ?>) band).get("activates")).sum())
                        .as(set + ": every activate in a loudness band").isEqualTo(figures.get("activates"));
            }
            assertThat(TriggerTraining.chooseThreshold(scorer, TriggerTraining.validationClips(settings), quiet))
                    .as("./seqctl eval trigger --choose-threshold chooses what training chose").isEqualTo(scorer.threshold());
            Map<String, Object> larger = TriggerTraining.evaluate(scorer, scorer.threshold(), settings, 2, DinosaurNames.dataDirectory(), quiet);
            assertThat(clips(larger, "heldout_synthetic_voices")).isEqualTo(2 * clips(again, "heldout_synthetic_voices"));
            assertThat(clips(larger, "real_voice")).isEqualTo(2 * clips(again, "real_voice"));
            assertThat(clips(larger, "no_activate_audio")).isEqualTo(2 * clips(again, "no_activate_audio"));
        }
    }

    private static int clips(Map<String, Object> evaluation, String set) {
        return ((Number) ((Map<?, ?>) evaluation.get(set)).get("clips")).intValue();
    }

    @Test
    void aMemberThatFailsInItsJvmFailsTheRunNamingTheMemberAndWhatItSaid(@TempDir Path data) {
        // No course data in the folder: the child fails as it synthesizes, before any training.
        assertThatThrownBy(() -> MemberProcesses.train(new TriggerSettings(1, 4, 64, List.of(new TriggerSettings.Member(8, 1)), 12, 0.01),
                data, 1, new PrintStream(new ByteArrayOutputStream(), true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("member 1 (GRU 8, 1 epochs) failed, exit 1")
                .hasMessageContaining("it last said:").hasMessageContaining("trigger/raw_data/activates is missing");
    }

    @Test
    void anEvaluationScaleOutsideOneToNineIsRefused() {
        for (int scale : new int[] {0, TriggerTraining.MAX_EVALUATION_SCALE + 1}) {
            assertThatThrownBy(() -> TriggerTraining.evaluate(null, 0.5, TriggerSettings.FULL, scale, Path.of("."), System.out))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not " + scale);
        }
    }

    @Test
    void aLossTwiceTheBestSoFarOrAboveTheFirstEpochsIsABlowUp() {
        assertThat(TriggerTraining.diverged(12, 0.395, 0.075, 0.394)).isTrue();
        assertThat(TriggerTraining.diverged(12, 0.08, 0.075, 0.394)).isFalse();
        assertThat(TriggerTraining.diverged(2, 0.732, 0.434, 0.434)).isTrue();
        assertThat(TriggerTraining.diverged(2, 0.230, 0.394, 0.394)).isFalse();
        assertThat(TriggerTraining.diverged(1, 0.7, Double.POSITIVE_INFINITY, 0.7)).isFalse();
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
            clips.add(new LabeledClip(audio, List.of(new LabeledClip.Activate(40_000 * (c + 1), 0)), List.of()));
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
