package seqstream.embeddings.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import seqstream.contracts.EmbeddingRequest;
import seqstream.contracts.EmbeddingResult;
import seqstream.contracts.InvalidMessageException;
import seqstream.embeddings.config.EmbeddingLookupConfig;
import seqstream.messaging.health.ServedModel;
import seqstream.vectors.UnknownWordException;
import seqstream.vectors.VectorQuestions;
import seqstream.vectors.VectorsFile;

/** Loads the word vectors at start-up and answers batches of questions (see {@link VectorQuestions}). */
@ApplicationScoped
public class EmbeddingLookupService extends ServedModel<VectorQuestions> {
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
                return VectorQuestions.of(file.getFileName().toString(), VectorsFile.read(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }, questions -> questions.vectors().size() + " words x " + questions.vectors().dimensions() + " from " + file);
    }

    /** Refuses a request naming a word the vectors do not know (to the dead-letter topic, or a 400). */
    public EmbeddingRequest checkWords(EmbeddingRequest request) {
        String unknown = model().unknownWord(request);
        if (unknown != null) {
            throw new InvalidMessageException(new UnknownWordException(unknown).getMessage());
        }
        return request;
    }

    /** Answers valid requests (words known), in order. */
    public List<EmbeddingResult> answer(List<EmbeddingRequest> requests) {
        requests.forEach(this::checkWords);
        return model().answer(requests);
    }
}
