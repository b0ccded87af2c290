package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** ./seqctl names, in process, on the committed bundle. */
class NamesCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Seqctl()).execute(args);
            return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void printsCapitalizedNamesOneALineTheSameForTheSameSeed() {
        Run first = run("names", "--count", "12", "--seed", "3");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().split("\n")).hasSize(12).allMatch(n -> n.matches("[A-Z][a-z]+"));
        assertThat(run("names", "--count", "12", "--seed", "3").out()).isEqualTo(first.out());
    }

    @Test
    void withoutASeedSaysWhichItUsed() {
        Run run = run("names", "--count", "2", "--prefix", "Tyr");
        assertThat(run.out().split("\n")).hasSize(2).allMatch(n -> n.startsWith("Tyr"));
        assertThat(run.err().lines()).anyMatch(line -> line.matches("seed -?\\d+"));
    }

    @Test
    void refusesOutOfRangeRequestsInOneLine() {
        Run run = run("names", "--count", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'count' is 0");
    }
}
