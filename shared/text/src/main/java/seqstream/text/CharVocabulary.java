package seqstream.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Characters to indices and back. Index 0 is {@link #PAD}; characters outside the vocabulary become
 * {@link #UNK} where the vocabulary has one.
 */
public final class CharVocabulary {
    public static final String PAD = "<pad>";
    public static final String UNK = "<unk>";

    private final List<String> symbols;
    private final Map<String, Integer> indices = new HashMap<>();

    public CharVocabulary(List<String> symbols) {
        this.symbols = List.copyOf(symbols);
        for (int i = 0; i < this.symbols.size(); i++) {
            if (indices.put(this.symbols.get(i), i) != null) {
                throw new IllegalArgumentException("symbol '" + this.symbols.get(i) + "' appears twice in the vocabulary");
            }
        }
    }

    public List<String> symbols() {
        return symbols;
    }

    public int size() {
        return symbols.size();
    }

    public String symbol(int index) {
        return symbols.get(index);
    }

    public int index(String symbol) {
        Integer index = indices.get(symbol);
        if (index != null) {
            return index;
        }
        Integer unknown = indices.get(UNK);
        if (unknown == null) {
            throw new IllegalArgumentException("'" + symbol + "' is not in the vocabulary");
        }
        return unknown;
    }

    /** The text's characters as indices, cut or padded with {@link #PAD} to exactly {@code length}. */
    public long[] encode(String text, int length) {
        long[] encoded = new long[length];
        int pad = index(PAD);
        for (int i = 0; i < length; i++) {
            encoded[i] = i < text.length() ? index(String.valueOf(text.charAt(i))) : pad;
        }
        return encoded;
    }
}
