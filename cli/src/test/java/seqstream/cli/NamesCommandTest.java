package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ./seqctl names, in process, on the committed bundle. */
class NamesCommandTest {

    @Test
    void printsCapitalizedNamesOneALineTheSameForTheSameSeed() {
        CommandRun first = CommandRun.of("names", "--count", "12", "--seed", "3");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().split("\n")).hasSize(12).allMatch(n -> n.matches("[A-Z][a-z]+"));
        assertThat(CommandRun.of("names", "--count", "12", "--seed", "3").out()).isEqualTo(first.out());
    }

    @Test
    void withoutASeedSaysWhichItUsed() {
        CommandRun run = CommandRun.of("names", "--count", "2", "--prefix", "Tyr");
        assertThat(run.out().split("\n")).hasSize(2).allMatch(n -> n.startsWith("Tyr"));
        assertThat(run.err().lines()).anyMatch(line -> line.matches("seed -?\\d+"));
    }

    @Test
    void refusesOutOfRangeRequestsInOneLine() {
        CommandRun run = CommandRun.of("names", "--count", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'count' is 0");
    }
}
