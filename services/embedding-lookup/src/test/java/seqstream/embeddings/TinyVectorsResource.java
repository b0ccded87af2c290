package seqstream.embeddings;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import seqstream.vectors.VectorsFile;

/**
 * A small vocabulary whose answers are known by construction (3 dimensions: royalty, gender, size), written
 * before the service starts, so the tests need no download.
 */
public class TinyVectorsResource implements QuarkusTestResourceLifecycleManager {
    static final String[] WORDS = {"man", "woman", "king", "queen", "prince", "princess", "nurse", "small", "tiny"};
    private static final float[] VECTORS = {
        0, -1, 0.1f, 0, 1, 0.1f, 1, -1, 0, 1, 1, 0, 0.8f, -1, -0.5f, 0.8f, 1, -0.5f, 0, 0.6f, 0.8f, 0, 0, -1, 0.05f, 0, -1,
    };

    @Override
    public Map<String, String> start() {
        try {
            Path file = Files.createTempDirectory("tiny-vectors").resolve("tiny.seqvec");
            VectorsFile.write(file, WORDS, VECTORS, 3);
            return Map.of("seqstream.vectors.file", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
