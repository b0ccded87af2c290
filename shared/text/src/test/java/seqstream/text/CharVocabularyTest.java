package seqstream.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharVocabularyTest {
    private final CharVocabulary vocabulary = new CharVocabulary(List.of("<pad>", "<unk>", "a", "b"));

    @Test
    void encodesPadsAndCuts() {
        assertThat(vocabulary.encode("ab", 4)).containsExactly(2, 3, 0, 0);
        assertThat(vocabulary.encode("abab", 2)).containsExactly(2, 3);
    }

    @Test
    void unknownCharactersBecomeUnk() {
        assertThat(vocabulary.encode("aZ", 2)).containsExactly(2, 1);
    }

    @Test
    void withoutUnkAnUnknownSymbolIsAnError() {
        CharVocabulary closed = new CharVocabulary(List.of("0", "1"));
        assertThatThrownBy(() -> closed.index("2")).hasMessageContaining("not in the vocabulary");
    }

    @Test
    void refusesDuplicates() {
        assertThatThrownBy(() -> new CharVocabulary(List.of("a", "a"))).hasMessageContaining("twice");
    }
}
