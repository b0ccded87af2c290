package seqstream.training.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharNgramModelTest {
    private static final String SYMBOLS = "\nabcdefghijklmnopqrstuvwxyz";

    @Test
    void probabilitiesSumToOneInSeenAndUnseenContexts() {
        CharNgramModel model = new CharNgramModel(4, List.of("abelisaurus", "abrictosaurus", "zby"), SYMBOLS.length());
        for (String history : List.of("\n\n\n", "\nab", "sau", "qqq", "zby")) {
            double sum = 0;
            for (char c : SYMBOLS.toCharArray()) {
                sum += model.probability(history, c);
            }
            assertThat(sum).as(history).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void prefersWhatItHasSeen() {
        CharNgramModel model = new CharNgramModel(4, List.of("abelisaurus", "abrictosaurus"), SYMBOLS.length());
        assertThat(model.probability("sau", 'r')).isGreaterThan(0.5);
        assertThat(model.nllPerChar(List.of("abelisaurus"))).isLessThan(model.nllPerChar(List.of("qxqxqxqx")));
    }
}
