package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What train refuses before it trains anything; what training makes is tested where it is computed. */
class TrainCommandTest {
    @Test
    void aMemberThatIsNotUnitsByEpochsIsRefusedNamingTheForm() {
        CommandRun run = CommandRun.of("train", "trigger", "--members", "256x36,384", "--out", "/nonexistent/bundle");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("UNITSxEPOCHS", "not '384'");
    }

    @Test
    void membersForAnotherModelAreRefused() {
        CommandRun run = CommandRun.of("train", "names", "--members", "256x36", "--out", "/nonexistent/bundle");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--members is for trigger, not names");
    }

    @Test
    void aSeedForAnotherModelIsRefused() {
        CommandRun run = CommandRun.of("train", "jazz", "--seed", "8", "--out", "/nonexistent/bundle");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--seed is for trigger, not jazz");
    }

    @Test
    void parallelMembersForAnotherModelAreRefused() {
        CommandRun run = CommandRun.of("train", "dates", "--parallel", "2", "--out", "/nonexistent/bundle");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--parallel is for trigger, not dates");
    }
}
