package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./seqctl dates, in process, on the committed bundle. */
class DatesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneLinePerInputLineInOrder() {
        CommandRun run = CommandRun.withInput("3 May 1979\n5 April 09\nTue 10 Jul 2007\n\nSaturday May 9 2018\n", "dates");
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
        CommandRun run = CommandRun.withInput(input.toString(), "dates");
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
        CommandRun run = CommandRun.withInput("", "dates", "--attention", "Saturday May 9 2018", "--png", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("2018-05-09\t");
        assertThat(Files.exists(png)).isTrue();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(400);
    }

    @Test
    void explainsMisuseInOneLine() {
        CommandRun run = CommandRun.withInput("", "dates", "--attention", "1 March 2001");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--attention needs --png FILE");
    }
}
