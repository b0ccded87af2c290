package seqstream.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import seqstream.text.CharVocabulary;

class DateTextTest {

    @Test
    void normalizesCaseCommasAndSpacing() {
        assertThat(DateText.normalize("  Saturday,  MAY 9,2018 \t")).isEqualTo("saturday may 9 2018");
        assertThat(DateText.normalize("10.11.19")).isEqualTo("10.11.19");
    }

    @Test
    void everyNormalizedCharacterOfADateIsInTheInputVocabulary() {
        CharVocabulary input = new CharVocabulary(DateText.inputSymbols());
        int unknown = input.index(CharVocabulary.UNK);
        for (long index : input.encode(DateText.normalize("Thurs, 21st of Sept 2016 - 9/10/70"), DateText.INPUT_LENGTH)) {
            assertThat(index).isNotEqualTo(unknown);
        }
        assertThat(input.index(CharVocabulary.PAD)).isZero();
    }

    @Test
    void onlyRealCalendarDatesAreValid() {
        assertThat(DateTranslator.isCalendarDate("2016-02-29")).isTrue();
        assertThat(DateTranslator.isCalendarDate("2017-02-29")).isFalse();
        assertThat(DateTranslator.isCalendarDate("2017-13-01")).isFalse();
        assertThat(DateTranslator.isCalendarDate("2017-1-011")).isFalse();
        assertThat(DateTranslator.isCalendarDate("20170-1-01")).isFalse();
    }
}
