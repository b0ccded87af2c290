package seqstream.training.emoji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqstream.text.emoji.EmojiText;

/** Both layouts of the course's CSV files, and the one tokenizer. */
class EmojiDataTest {
    @TempDir
    Path dir;

    @Test
    void readsPlainAndQuotedLines() throws Exception {
        Path csv = Files.writeString(dir.resolve("e.csv"), "never talk to me again,3,,\nMiss you so much,0,, [0]\n\"I want to eat\t\",4\n\n");
        assertThat(EmojiData.read(csv)).containsExactly(new EmojiData.Example("never talk to me again", 3),
                new EmojiData.Example("Miss you so much", 0), new EmojiData.Example("I want to eat", 4));
    }

    @Test
    void aBadLabelNamesItsLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "fine,1\nnot fine,7\n");
        assertThatThrownBy(() -> EmojiData.read(csv)).hasMessageContaining("line 2").hasMessageContaining("'7'");
    }

    @Test
    void wordsAreLowerCaseWithoutPunctuation() {
        assertThat(EmojiText.words("  I'm SO hungry!! Let's eat, ok? ")).containsExactly("i'm", "so", "hungry", "let's", "eat", "ok");
        assertThat(EmojiText.words("?!")).isEmpty();
    }
}
