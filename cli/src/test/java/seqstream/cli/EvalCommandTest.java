package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What eval refuses; what it measures is tested where it is computed (TriggerTrainingTest, EmojiCrossValidationTest). */
class EvalCommandTest {
    @Test
    void anUnknownModelIsRefusedNamingWhatEvalMeasures() {
        CommandRun run = CommandRun.of("eval", "dates");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown model 'dates'", "'eval' measures trigger and emojify");
    }

    @Test
    void aScaleOutOfRangeIsRefusedBeforeAnyBundleIsLoaded() {
        CommandRun run = CommandRun.of("eval", "trigger", "--scale", "12", "--bundle", "/nonexistent/bundle");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the evaluation scale is 1", "not 12").doesNotContain("nonexistent");
    }

    @Test
    void aThresholdAndChoosingOneAreRefusedTogether() {
        CommandRun run = CommandRun.of("eval", "trigger", "--threshold", "0.8", "--choose-threshold", "--bundle", "/nonexistent/bundle");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--threshold and --choose-threshold both given").doesNotContain("nonexistent");
    }
}
