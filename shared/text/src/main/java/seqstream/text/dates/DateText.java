package seqstream.text.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date model's text conventions, shared by training and serving so they cannot drift: how raw text
 * is normalized, which characters the model reads and writes, and how long its sequences are.
 */
public final class DateText {
    /**
     * Input length. The course used 30; a weekday in front of an ordinal date reaches 36 characters after
     * normalization ("wednesday the 21st of september 2016"), which 30 would cut before the year, so 40.
     */
    public static final int INPUT_LENGTH = 40;
    /** Output length: yyyy-MM-dd. */
    public static final int OUTPUT_LENGTH = 10;

    private DateText() {
    }

    /** Lower case, commas dropped, runs of white space as one space, trimmed: case, commas and spacing carry no date. */
    public static String normalize(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT).replace(",", " ");
        return String.join(" ", lower.trim().split("\\s+"));
    }

    /** Index 0 is the padding symbol, 1 the unknown one, then the characters dates are written with. */
    public static List<String> inputSymbols() {
        List<String> symbols = new ArrayList<>(List.of("<pad>", "<unk>", " ", "-", ".", "/"));
        for (char c = '0'; c <= '9'; c++) {
            symbols.add(String.valueOf(c));
        }
        for (char c = 'a'; c <= 'z'; c++) {
            symbols.add(String.valueOf(c));
        }
        return symbols;
    }

    /** The ten digits and the dash of an ISO date. */
    public static List<String> outputSymbols() {
        List<String> symbols = new ArrayList<>();
        for (char c = '0'; c <= '9'; c++) {
            symbols.add(String.valueOf(c));
        }
        symbols.add("-");
        return symbols;
    }
}
