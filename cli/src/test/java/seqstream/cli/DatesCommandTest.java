package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./seqctl dates, in process, on the committed bundle. */
class DatesCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Seqctl()).execute(args);
            return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void writesOneLinePerInputLineInOrder() {
        Run run = run("3 May 1979\n5 April 09\nTue 10 Jul 2007\n\nSaturday May 9 2018\n", "dates");
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).matches("1979-05-03\t0\\.\\d{4}|1979-05-03\t1\\.0000");
        assertThat(lines[1]).startsWith("2009-04-05\t");
        assertThat(lines[2]).startsWith("2007-07-10\t");
        assertThat(lines[3]).isEqualTo("?\t0.0000");
        assertThat(lines[4]).startsWith("2018-05-09\t");
        assertThat(run.err()).contains("line 4: 'text' is empty");
        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void aLongInputIsTranslatedInBatchesStillInOrder() {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            input.append(i % 2 == 0 ? "1 March 2001\n" : "March 3rd 2001\n");
        }
        Run run = run(input.toString(), "dates");
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(600);
        for (int i = 0; i < 600; i++) {
            assertThat(lines[i]).startsWith(i % 2 == 0 ? "2001-03-01\t" : "2001-03-03\t");
        }
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void drawsTheAttentionMap() throws Exception {
        Path png = tmp.resolve("map.png");
        Run run = run("", "dates", "--attention", "Saturday May 9 2018", "--png", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("2018-05-09\t");
        assertThat(Files.exists(png)).isTrue();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(400);
    }

    @Test
    void explainsMisuseInOneLine() {
        Run run = run("", "dates", "--attention", "1 March 2001");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--attention needs --png FILE");
    }
}
