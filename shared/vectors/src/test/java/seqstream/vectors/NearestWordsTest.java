package seqstream.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The SIMD search with its 8-bit codes gives exactly the brute-force double-precision answer. */
class NearestWordsTest {
    private static final WordVectors VECTORS = RandomVectors.clustered(5_003, 100, 11);

    @Test
    void neighboursEqualTheBruteForceReference() {
        Random random = new Random(3);
        for (int k : new int[] {1, 10, 100}) {
            for (int batch : new int[] {1, 3, 4, 9, 64}) {
                float[][] queries = new float[batch][];
                int[][] excluded = new int[batch][];
                for (int q = 0; q < batch; q++) {
                    int w = random.nextInt(VECTORS.size());
                    queries[q] = random.nextBoolean() ? VECTORS.row(w) : gaussian(random);
                    excluded[q] = new int[] {w, random.nextInt(VECTORS.size())};
                }
                List<List<Neighbor>> found = VECTORS.nearest(queries, k, excluded);
                for (int q = 0; q < batch; q++) {
                    assertThat(words(found.get(q))).as("k=%d batch=%d query %d", k, batch, q)
                            .containsExactlyElementsOf(reference(queries[q], k, excluded[q]));
                    double[] exact = RandomVectors.cosines(VECTORS, toDoubles(queries[q]));
                    for (Neighbor n : found.get(q)) {
                        assertThat(n.cosine()).isCloseTo(exact[VECTORS.indexOf(n.word())], within(1e-12));
                    }
                }
            }
        }
    }

    @Test
    void isotropicVectorsToo() {
        WordVectors isotropic = RandomVectors.clustered(4_000, 100, 4_000, 21);
        Random random = new Random(8);
        for (int k : new int[] {1, 10, 50}) {
            float[][] queries = new float[5][];
            int[][] excluded = new int[5][];
            for (int q = 0; q < queries.length; q++) {
                int w = random.nextInt(isotropic.size());
                queries[q] = isotropic.row(w);
                excluded[q] = new int[] {w};
            }
            for (int q = 0; q < queries.length; q++) {
                // One at a time (the single-query scan) and all together (the batch scan).
                assertThat(words(isotropic.nearest(new float[][] {queries[q]}, k, new int[][] {excluded[q]}).getFirst()))
                        .isEqualTo(reference(isotropic, queries[q], k, excluded[q]));
                assertThat(words(isotropic.nearest(queries, k, excluded).get(q))).isEqualTo(reference(isotropic, queries[q], k, excluded[q]));
            }
        }
    }

    @Test
    void aWordIsNotItsOwnNeighbour() {
        List<Neighbor> neighbours = VECTORS.neighbors("w42", 5);
        assertThat(words(neighbours)).hasSize(5).doesNotContain("w42");
        assertThat(neighbours).isSortedAccordingTo(Comparator.comparingDouble(Neighbor::cosine).reversed());
    }

    @Test
    void kLargerThanTheVocabularyGivesEveryOtherWord() {
        WordVectors few = RandomVectors.clustered(7, 100, 1);
        assertThat(few.neighbors("w0", 50)).hasSize(6);
    }

    @Test
    void unknownWordsAreNamed() {
        assertThatThrownBy(() -> VECTORS.neighbors("zyzzyva", 3)).isInstanceOf(UnknownWordException.class)
                .hasMessageContaining("'zyzzyva'");
        assertThatThrownBy(() -> VECTORS.cosine("w1", "qwerty")).hasMessageContaining("'qwerty'");
    }

    private static List<String> reference(float[] query, int k, int[] excluded) {
        return reference(VECTORS, query, k, excluded);
    }

    private static List<String> reference(WordVectors vectors, float[] query, int k, int[] excluded) {
        double[] exact = RandomVectors.cosines(vectors, toDoubles(query));
        return IntStream.range(0, vectors.size()).filter(w -> IntStream.of(excluded).noneMatch(e -> e == w)).boxed()
                .sorted(Comparator.comparingDouble((Integer w) -> exact[w]).reversed()).limit(k).map(vectors::word).toList();
    }

    static List<String> words(List<Neighbor> neighbours) {
        return neighbours.stream().map(Neighbor::word).toList();
    }

    static double[] toDoubles(float[] v) {
        return IntStream.range(0, v.length).mapToDouble(i -> v[i]).toArray();
    }

    private static float[] gaussian(Random random) {
        float[] v = new float[100];
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return v;
    }
}
