package seqstream.emojify.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import seqstream.contracts.EmojifiedText;
import seqstream.contracts.InvalidMessageException;
import seqstream.contracts.TextMessage;
import seqstream.emojify.config.EmojifierConfig;
import seqstream.messaging.health.ServedModel;
import seqstream.text.emoji.EmojiText;
import seqstream.text.emoji.Emojifier;
import seqstream.vectors.VectorsFile;

/** Loads the word vectors and the configured emojify bundle at start-up; one inference call per batch. */
@ApplicationScoped
public class EmojifyService extends ServedModel<Emojifier> {
    private final EmojifierConfig config;
    private final MeterRegistry registry;

    public EmojifyService(EmojifierConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @Override
    public String modelName() {
        return "emojify-" + config.emojify().model();
    }

    void onStart(@Observes StartupEvent event) {
        load(() -> {
            try {
                return Emojifier.load(config.emojify().bundles().resolve(modelName()), modelName(),
                        VectorsFile.read(config.vectors().file()), config.inference().options(), registry);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }, emojifier -> emojifier.executionProvider() + " with " + emojifier.vectors().size() + " word vectors");
    }

    /** Refuses a message none of whose words has a vector: there is nothing to judge it by. */
    public TextMessage checkWords(TextMessage message) {
        if (EmojiText.knownWords(message.text(), model().vectors()).isEmpty()) {
            throw new InvalidMessageException("no word of 'text' has a word vector (lower-case English words are expected)");
        }
        return message;
    }

    /** Emojifies valid messages, in order. */
    public List<EmojifiedText> emojify(List<TextMessage> messages) {
        messages.forEach(this::checkWords);
        List<Emojifier.Prediction> predictions = model().predict(messages.stream().map(TextMessage::text).toList());
        List<EmojifiedText> out = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            Emojifier.Prediction p = predictions.get(i);
            List<Double> probabilities = new ArrayList<>();
            for (float x : p.probabilities()) {
                probabilities.add((double) x);
            }
            out.add(new EmojifiedText(messages.get(i).id(), p.text(), p.text() + " " + p.emoji(), p.emoji(), p.label(), probabilities,
                    modelName()));
        }
        return out;
    }
}
