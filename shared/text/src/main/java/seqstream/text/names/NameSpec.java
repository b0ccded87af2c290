package seqstream.text.names;

/**
 * What to sample: {@code count} names at {@code temperature}, each starting with {@code prefix} (may be
 * empty), from {@code seed}; the same spec gives the same names.
 */
public record NameSpec(int count, double temperature, long seed, String prefix) {
}
