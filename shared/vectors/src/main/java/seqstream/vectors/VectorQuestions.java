package seqstream.vectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import seqstream.contracts.EmbeddingRequest;
import seqstream.contracts.EmbeddingResult;
import seqstream.contracts.EmbeddingResult.Bias;
import seqstream.contracts.EmbeddingResult.Similar;

/**
 * Answers {@link EmbeddingRequest}s, for the embedding-lookup service and {@code seqctl vectors} alike: all
 * neighbour questions of a batch in one pass over the vectors, all analogies of a rule in another, the rest one
 * by one (each is a few vectors). AutoCloseable (with nothing to release) so that a service can hold it as it
 * holds a model.
 *
 * @param name which vectors answered (the file name), put into every answer
 */
public record VectorQuestions(String name, WordVectors vectors, Analogies analogies) implements AutoCloseable {

    /** Builds the search index now (a first neighbour question), so a service is ready only once it can answer fast. */
    public static VectorQuestions of(String name, WordVectors vectors) {
        vectors.nearest(new float[][] {new float[vectors.dimensions()]}, 1, new int[][] {{}});
        return new VectorQuestions(name, vectors, new Analogies(vectors));
    }

    /** The first word of the request the vectors do not know, or null. */
    public String unknownWord(EmbeddingRequest request) {
        return request.words().stream().filter(w -> !vectors.contains(w)).findFirst().orElse(null);
    }

    /** Answers, in order; a request with an unknown word is an {@link UnknownWordException}. */
    public List<EmbeddingResult> answer(List<EmbeddingRequest> requests) {
        for (EmbeddingRequest r : requests) {
            String unknown = unknownWord(r);
            if (unknown != null) {
                throw new UnknownWordException(unknown);
            }
        }
        Map<Integer, EmbeddingResult> answers = new HashMap<>();
        neighbors(requests, answers);
        analogies(requests, answers);
        List<EmbeddingResult> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            results.add(answers.containsKey(i) ? answers.get(i) : single(requests.get(i)));
        }
        return results;
    }

    private void neighbors(List<EmbeddingRequest> requests, Map<Integer, EmbeddingResult> answers) {
        List<Integer> asked = indexes(requests, r -> r.op().equals("neighbors"));
        if (asked.isEmpty()) {
            return;
        }
        int k = asked.stream().mapToInt(i -> requests.get(i).k()).max().orElseThrow();
        float[][] queries = asked.stream().map(i -> vectors.vector(requests.get(i).words().getFirst())).toArray(float[][]::new);
        int[][] excluded = asked.stream().map(i -> new int[] {vectors.indexOf(requests.get(i).words().getFirst())}).toArray(int[][]::new);
        List<List<Neighbor>> found = vectors.nearest(queries, k, excluded);
        for (int q = 0; q < asked.size(); q++) {
            EmbeddingRequest r = requests.get(asked.get(q));
            List<Similar> similar = found.get(q).stream().limit(r.k()).map(n -> new Similar(n.word(), n.cosine())).toList();
            answers.put(asked.get(q), new EmbeddingResult(r.id(), r.op(), r.words(), null, similar, null, null, name));
        }
    }

    private void analogies(List<EmbeddingRequest> requests, Map<Integer, EmbeddingResult> answers) {
        for (AnalogyMethod method : AnalogyMethod.values()) {
            List<Integer> asked = indexes(requests, r -> r.op().equals("analogy") && AnalogyMethod.of(r.method()) == method);
            if (asked.isEmpty()) {
                continue;
            }
            List<Neighbor> solved = analogies.solve(asked.stream().map(i -> requests.get(i).words().toArray(String[]::new)).toList(), method);
            for (int q = 0; q < asked.size(); q++) {
                EmbeddingRequest r = requests.get(asked.get(q));
                Similar answer = new Similar(solved.get(q).word(), solved.get(q).cosine());
                answers.put(asked.get(q), new EmbeddingResult(r.id(), r.op(), r.words(), null, null, answer, null, name));
            }
        }
    }

    /** similarity, bias, neutralize, equalize: a few vectors each. */
    private EmbeddingResult single(EmbeddingRequest r) {
        List<String> w = r.words();
        if (r.op().equals("similarity")) {
            return new EmbeddingResult(r.id(), r.op(), w, vectors.cosine(w.get(0), w.get(1)), null, null, null, name);
        }
        // The gender axis is made when asked: a vocabulary without "man" or "woman" still answers everything else.
        Debiasing gender = Debiasing.gender(vectors);
        List<Bias> bias = switch (r.op()) {
            case "bias" -> List.of(new Bias(w.getFirst(), gender.cosine(w.getFirst()), null, gender.projection(w.getFirst())));
            case "neutralize" -> List.of(new Bias(w.getFirst(), gender.cosine(w.getFirst()),
                    Debiasing.cosine(gender.neutralize(w.getFirst()), gender.axis()), null));
            case "equalize" -> {
                double[][] pair = gender.equalize(w.get(0), w.get(1));
                yield List.of(new Bias(w.get(0), gender.cosine(w.get(0)), Debiasing.cosine(pair[0], gender.axis()), null),
                        new Bias(w.get(1), gender.cosine(w.get(1)), Debiasing.cosine(pair[1], gender.axis()), null));
            }
            default -> throw new IllegalStateException("op " + r.op() + " is answered in a batch");
        };
        return new EmbeddingResult(r.id(), r.op(), w, null, null, null, bias, name);
    }

    private static List<Integer> indexes(List<EmbeddingRequest> requests, Predicate<EmbeddingRequest> which) {
        return IntStream.range(0, requests.size()).filter(i -> which.test(requests.get(i))).boxed().toList();
    }

    /** Heap memory only: nothing to release. */
    @Override
    public void close() {
    }
}
