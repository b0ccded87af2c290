package seqstream.training.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import seqstream.text.dates.DateText;

class DateExamplesTest {

    @Test
    void theSameSeedGivesTheSameExamples() {
        assertThat(new DateExamples(5).next(50)).isEqualTo(new DateExamples(5).next(50));
        assertThat(new DateExamples(5).next(50)).isNotEqualTo(new DateExamples(6).next(50));
        assertThat(DateExamples.fingerprint(5, 100)).isEqualTo(DateExamples.fingerprint(5, 100)).startsWith("sha256:");
    }

    @Test
    void everyFamilyWritesItsDateRecognizablyAndWithinTheInputLength() {
        DateExamples examples = new DateExamples(11);
        for (DateFamily family : DateFamily.values()) {
            for (int i = 0; i < 500; i++) {
                DateExample example = examples.next(family);
                String text = DateText.normalize(example.text());
                LocalDate date = LocalDate.parse(example.iso());
                assertThat(text.length()).as(example.text()).isLessThanOrEqualTo(DateText.INPUT_LENGTH);
                assertThat(date).isBetween(DateFamily.FIRST, DateFamily.LAST);
                String year = String.valueOf(date.getYear());
                assertThat(text).as(example.text()).containsAnyOf(year, year.substring(2));
                String month = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.US).toLowerCase(Locale.ROOT);
                String monthNumber = String.valueOf(date.getMonthValue());
                assertThat(text).as(example.text()).containsAnyOf(month, monthNumber);
                assertThat(text).as(example.text()).contains(String.valueOf(date.getDayOfMonth()));
            }
        }
    }

    @Test
    void twoDigitYearsMean1970To2069() {
        DateExamples examples = new DateExamples(3);
        for (DateFamily family : new DateFamily[] {DateFamily.SHORT, DateFamily.D_MM_YY, DateFamily.DD_MM_YY_DOTS,
            DateFamily.MONTH_NAME_TWO_DIGIT_YEAR}) {
            for (int i = 0; i < 300; i++) {
                assertThat(LocalDate.parse(examples.next(family).iso()))
                        .isBetween(DateFamily.FIRST_TWO_DIGIT, DateFamily.LAST_TWO_DIGIT);
            }
        }
    }

    @Test
    void isoDatesAreWrittenAsThemselves() {
        DateExamples examples = new DateExamples(1);
        for (int i = 0; i < 100; i++) {
            DateExample example = examples.next(DateFamily.ISO);
            assertThat(DateText.normalize(example.text())).isEqualTo(example.iso());
        }
    }

    @Test
    void examplesCoverTheNamedConventions() {
        DateExamples examples = new DateExamples(2);
        var ordinals = examples.next(2000).stream().filter(e -> e.family() == DateFamily.ORDINAL)
                .map(e -> DateText.normalize(e.text())).toList();
        assertThat(ordinals).anyMatch(t -> t.contains(" of ")).anyMatch(t -> t.matches(".*\\b(1|21|31)th\\b.*"))
                .anyMatch(t -> t.matches(".*\\b\\d+(st|nd|rd)\\b.*"));
    }
}
