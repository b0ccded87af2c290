package seqstream.embeddings.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import seqstream.contracts.EmbeddingRequest;
import seqstream.contracts.EmbeddingResult;
import seqstream.contracts.EmbeddingResult.Bias;
import seqstream.contracts.EmbeddingResult.Similar;
import seqstream.contracts.InvalidMessageException;
import seqstream.embeddings.config.EmbeddingLookupConfig;
import seqstream.messaging.health.ServedModel;
import seqstream.vectors.AnalogyMethod;
import seqstream.vectors.Debiasing;
import seqstream.vectors.Neighbor;
import seqstream.vectors.UnknownWordException;
import seqstream.vectors.VectorsFile;
import seqstream.vectors.WordVectors;

/**
 * Loads the word vectors at start-up and answers batches of questions: all neighbour questions of a batch in
 * one pass over the vectors, all gensim analogies in another, the rest one by one (each is a few vectors).
 */
@ApplicationScoped
public class EmbeddingLookupService extends ServedModel<VectorSpace> {
    private final EmbeddingLookupConfig config;

    public EmbeddingLookupService(EmbeddingLookupConfig config) {
        this.config = config;
    }

    @Override
    public String modelName() {
        return "vectors";
    }

    void onStart(@Observes StartupEvent event) {
        Path file = config.vectors().file();
        load(() -> {
            try {
                return VectorSpace.of(file.getFileName().toString(), VectorsFile.read(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }, space -> space.vectors().size() + " words x " + space.vectors().dimensions() + " from " + file);
    }

    /** Refuses a request naming a word the vectors do not know (to the dead-letter topic, or a 400). */
    public EmbeddingRequest checkWords(EmbeddingRequest request) {
        WordVectors vectors = model().vectors();
        for (String word : request.words()) {
            if (!vectors.contains(word)) {
                throw new InvalidMessageException(new UnknownWordException(word).getMessage());
            }
        }
        return request;
    }

    /** Answers valid requests (words known), in order. */
    public List<EmbeddingResult> answer(List<EmbeddingRequest> requests) {
        VectorSpace space = model();
        requests.forEach(this::checkWords);
        Map<Integer, EmbeddingResult> answers = new HashMap<>();
        neighbors(space, requests, answers);
        analogies(space, requests, answers);
        List<EmbeddingResult> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            results.add(answers.containsKey(i) ? answers.get(i) : single(space, requests.get(i)));
        }
        return results;
    }

    private static void neighbors(VectorSpace space, List<EmbeddingRequest> requests, Map<Integer, EmbeddingResult> answers) {
        List<Integer> asked = indexes(requests, r -> r.op().equals("neighbors"));
        if (asked.isEmpty()) {
            return;
        }
        WordVectors vectors = space.vectors();
        int k = asked.stream().mapToInt(i -> requests.get(i).k()).max().orElseThrow();
        float[][] queries = asked.stream().map(i -> vectors.vector(requests.get(i).words().getFirst())).toArray(float[][]::new);
        int[][] excluded = asked.stream().map(i -> new int[] {vectors.indexOf(requests.get(i).words().getFirst())}).toArray(int[][]::new);
        List<List<Neighbor>> found = vectors.nearest(queries, k, excluded);
        for (int q = 0; q < asked.size(); q++) {
            EmbeddingRequest r = requests.get(asked.get(q));
            List<Similar> similar = found.get(q).stream().limit(r.k()).map(n -> new Similar(n.word(), n.cosine())).toList();
            answers.put(asked.get(q), new EmbeddingResult(r.id(), r.op(), r.words(), null, similar, null, null, space.name()));
        }
    }

    private static void analogies(VectorSpace space, List<EmbeddingRequest> requests, Map<Integer, EmbeddingResult> answers) {
        for (AnalogyMethod method : AnalogyMethod.values()) {
            List<Integer> asked = indexes(requests, r -> r.op().equals("analogy") && AnalogyMethod.of(r.method()) == method);
            if (asked.isEmpty()) {
                continue;
            }
            List<Neighbor> solved = space.analogies().solve(asked.stream().map(i -> requests.get(i).words().toArray(String[]::new)).toList(),
                    method);
            for (int q = 0; q < asked.size(); q++) {
                EmbeddingRequest r = requests.get(asked.get(q));
                Similar answer = new Similar(solved.get(q).word(), solved.get(q).cosine());
                answers.put(asked.get(q), new EmbeddingResult(r.id(), r.op(), r.words(), null, null, answer, null, space.name()));
            }
        }
    }

    /** similarity, bias, neutralize, equalize: a few vectors each. */
    private static EmbeddingResult single(VectorSpace space, EmbeddingRequest r) {
        List<String> w = r.words();
        return switch (r.op()) {
            case "similarity" -> new EmbeddingResult(r.id(), r.op(), w, space.vectors().cosine(w.get(0), w.get(1)), null, null, null,
                    space.name());
            case "bias" -> {
                Debiasing gender = space.gender();
                yield biasResult(space, r, List.of(new Bias(w.getFirst(), gender.cosine(w.getFirst()), null, gender.projection(w.getFirst()))));
            }
            case "neutralize" -> {
                Debiasing gender = space.gender();
                double after = Debiasing.cosine(gender.neutralize(w.getFirst()), gender.axis());
                yield biasResult(space, r, List.of(new Bias(w.getFirst(), gender.cosine(w.getFirst()), after, null)));
            }
            case "equalize" -> {
                Debiasing gender = space.gender();
                double[][] pair = gender.equalize(w.get(0), w.get(1));
                yield biasResult(space, r, List.of(
                        new Bias(w.get(0), gender.cosine(w.get(0)), Debiasing.cosine(pair[0], gender.axis()), null),
                        new Bias(w.get(1), gender.cosine(w.get(1)), Debiasing.cosine(pair[1], gender.axis()), null)));
            }
            default -> throw new IllegalStateException("op " + r.op() + " is answered in a batch");
        };
    }

    private static EmbeddingResult biasResult(VectorSpace space, EmbeddingRequest r, List<Bias> bias) {
        return new EmbeddingResult(r.id(), r.op(), r.words(), null, null, null, bias, space.name());
    }

    private static List<Integer> indexes(List<EmbeddingRequest> requests, java.util.function.Predicate<EmbeddingRequest> which) {
        return java.util.stream.IntStream.range(0, requests.size()).filter(i -> which.test(requests.get(i))).boxed().toList();
    }
}
