package seqstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./seqctl vectors on a small vocabulary whose answers are known by construction. */
class VectorsCommandTest {
    @TempDir
    static Path dir;
    static String file;

    /** 3 dimensions: royalty, gender, size. */
    @BeforeAll
    static void smallVocabulary() throws IOException {
        Path glove = Files.writeString(dir.resolve("tiny.txt"), """
                man 0 -1 0.1
                woman 0 1 0.1
                king 1 -1 0
                queen 1 1 0
                prince 0.8 -1 -0.5
                princess 0.8 1 -0.5
                nurse 0 0.6 0.8
                small 0 0 -1
                """);
        file = dir.resolve("tiny.seqvec").toString();
        CommandRun fetch = CommandRun.of("vectors", "fetch", "--from", glove.toString(), "--vectors", file);
        assertThat(fetch.exitCode()).as(fetch.err()).isZero();
        assertThat(fetch.out()).contains("8 words, 3 dimensions");
    }

    @Test
    void similarityIsTheCosine() {
        assertThat(CommandRun.of("vectors", "similarity", "king", "queen", "--vectors", file).out().strip()).isEqualTo("0.000000");
        assertThat(CommandRun.of("vectors", "similarity", "man", "man", "--vectors", file).out().strip()).isEqualTo("1.000000");
    }

    @Test
    void neighboursAreWordTabCosineLinesBestFirst() {
        String[] lines = CommandRun.of("vectors", "neighbors", "queen", "--k", "2", "--vectors", file).out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("princess\t");
        assertThat(lines[1]).startsWith("woman\t");
    }

    @Test
    void batchNeighboursAnswerEachLineAndMarkUnknownWords() {
        CommandRun run = CommandRun.withInput("queen\nunicorn\nman\n", "vectors", "neighbors", "--k", "2", "-", "--vectors", file);
        assertThat(run.out().split("\n")).containsExactly("queen\tprincess woman", "unicorn\t?", "man\tking prince");
    }

    @Test
    void analogiesByBothRulesAndInBatches() {
        assertThat(CommandRun.of("vectors", "analogy", "man", "woman", "king", "--vectors", file).out().strip()).isEqualTo("queen");
        CommandRun batch = CommandRun.withInput("man woman king\nman woman prince\nman dragon king\nonly two\n",
                "vectors", "analogy", "-", "--vectors", file);
        assertThat(batch.out().split("\n")).containsExactly("queen", "princess", "?", "?");
        assertThat(batch.err()).contains("'only two': expected three words");
        assertThat(CommandRun.of("vectors", "analogy", "--method", "course", "man", "woman", "king", "--vectors", file).out().strip())
                .isEqualTo("queen");
    }

    @Test
    void debiasing() {
        assertThat(CommandRun.of("vectors", "bias", "nurse", "--vectors", file).out()).startsWith("nurse\t0.");
        String neutralized = CommandRun.of("vectors", "neutralize", "nurse", "--vectors", file).out().strip();
        assertThat(Math.abs(Double.parseDouble(neutralized.split("\t")[2]))).isLessThan(1e-6);
        String[] equalized = CommandRun.of("vectors", "equalize", "prince", "princess", "--vectors", file).out().split("\n");
        assertThat(Double.parseDouble(equalized[0].split("\t")[2])).isEqualTo(-Double.parseDouble(equalized[1].split("\t")[2]));
    }

    @Test
    void unknownWordsAndBadOptionsFailInOneLine() {
        CommandRun run = CommandRun.of("vectors", "similarity", "king", "dragon", "--vectors", file);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("seqctl similarity: unknown word 'dragon': it is not among the word vectors' vocabulary"
                + " (lower case, as GloVe's)");
        assertThat(CommandRun.of("vectors", "neighbors", "king", "--k", "0", "--vectors", file).err()).contains("--k must be 1-1000");
        assertThat(CommandRun.of("vectors", "analogy", "a", "b", "c", "--method", "x", "--vectors", file).err())
                .contains("unknown analogy method 'x'");
        assertThat(CommandRun.of("vectors", "similarity", "a", "b", "--vectors", dir.resolve("none").toString()).err())
                .contains("./seqctl vectors fetch");
    }
}
