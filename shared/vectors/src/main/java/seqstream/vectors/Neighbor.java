package seqstream.vectors;

/** A word and its cosine similarity to a query. */
public record Neighbor(String word, double cosine) {
}
