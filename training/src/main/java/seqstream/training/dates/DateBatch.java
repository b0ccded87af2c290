package seqstream.training.dates;

import java.util.List;
import seqstream.text.CharVocabulary;
import seqstream.text.dates.DateText;

/**
 * Examples as model input and labels, encoded exactly as {@link seqstream.text.dates.DateTranslator}
 * encodes what it serves: {@link DateText#normalize}, then the input vocabulary.
 *
 * @param chars  [size * inputLength] character indices
 * @param labels [size * outputLength] output-vocabulary indices of the ISO date
 */
public record DateBatch(int size, long[] chars, long[] labels) {
    public static final CharVocabulary INPUT = new CharVocabulary(DateText.inputSymbols());
    public static final CharVocabulary OUTPUT = new CharVocabulary(DateText.outputSymbols());

    public static DateBatch of(List<DateExample> examples) {
        int n = examples.size();
        long[] chars = new long[n * DateText.INPUT_LENGTH];
        long[] labels = new long[n * DateText.OUTPUT_LENGTH];
        for (int i = 0; i < n; i++) {
            DateExample example = examples.get(i);
            long[] encoded = INPUT.encode(DateText.normalize(example.text()), DateText.INPUT_LENGTH);
            System.arraycopy(encoded, 0, chars, i * DateText.INPUT_LENGTH, DateText.INPUT_LENGTH);
            for (int k = 0; k < DateText.OUTPUT_LENGTH; k++) {
                labels[i * DateText.OUTPUT_LENGTH + k] = OUTPUT.index(String.valueOf(example.iso().charAt(k)));
            }
        }
        return new DateBatch(n, chars, labels);
    }
}
