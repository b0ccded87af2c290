package seqstream.text.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names model's text conventions, shared by training and serving: lower-case letters, a newline
 * ending every name (the course's end-of-name character), names written back capitalized as the corpus
 * writes them ("Tyrannosaurus").
 */
public final class NameText {
    public static final String END = "\n";
    /** Generation stops here if the model has not ended the name: twice the longest name in the corpus. */
    public static final int MAX_LENGTH = 50;

    private NameText() {
    }

    /** Index 0 is the end of a name, then a to z. */
    public static List<String> symbols() {
        List<String> symbols = new ArrayList<>(List.of(END));
        for (char c = 'a'; c <= 'z'; c++) {
            symbols.add(String.valueOf(c));
        }
        return symbols;
    }

    public static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
