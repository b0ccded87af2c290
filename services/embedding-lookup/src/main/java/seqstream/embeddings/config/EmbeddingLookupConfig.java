package seqstream.embeddings.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;

/** Every setting of the embedding lookup. */
@ConfigMapping(prefix = "seqstream")
public interface EmbeddingLookupConfig {

    Vectors vectors();

    interface Vectors {
        /** The converted word vectors (see VectorsCache); application.properties gives the default. */
        Path file();
    }
}
