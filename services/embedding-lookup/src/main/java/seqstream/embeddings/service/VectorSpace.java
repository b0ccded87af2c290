package seqstream.embeddings.service;

import seqstream.vectors.Analogies;
import seqstream.vectors.Debiasing;
import seqstream.vectors.WordVectors;

/** The loaded vectors and what answers questions about them; {@code name} tells answers which vectors they came from. */
public record VectorSpace(String name, WordVectors vectors, Analogies analogies) implements AutoCloseable {

    public static VectorSpace of(String name, WordVectors vectors) {
        return new VectorSpace(name, vectors, new Analogies(vectors));
    }

    /** The gender axis, made when asked: a vocabulary without "man" or "woman" still serves everything else. */
    public Debiasing gender() {
        return Debiasing.gender(vectors);
    }

    /** Heap memory only: nothing to release. */
    @Override
    public void close() {
    }
}
