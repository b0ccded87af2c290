package seqstream.training.dates;

/** One generated pair: how a person wrote a date, and the ISO date it means. */
public record DateExample(String text, String iso, DateFamily family) {
}
