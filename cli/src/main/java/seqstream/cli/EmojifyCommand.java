package seqstream.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import seqstream.contracts.EmojifiedText;
import seqstream.contracts.InvalidMessageException;
import seqstream.contracts.Json;
import seqstream.contracts.TextMessage;
import seqstream.contracts.Topics;
import seqstream.text.emoji.EmojiText;
import seqstream.text.emoji.Emojifier;
import seqstream.vectors.VectorsFile;
import seqstream.vectors.WordVectors;

/** {@code seqctl emojify}: one sentence a line in, {@code <label>\t<emoji>\t<probability>} a line out, in order. */
@Command(name = "emojify", mixinStandardHelpOptions = true,
        description = {"Pick an emoji for each sentence: one a line on stdin, '<label>\\t<emoji>\\t<probability>' a line on stdout",
            "(labels: 0 ❤️, 1 ⚾, 2 😄, 3 😞, 4 🍴; '?' where no word of the line has a vector)."})
final class EmojifyCommand implements Callable<Integer> {
    @Option(names = "--model", defaultValue = "v2", description = "v1 (average of word vectors) or v2 (LSTM) (default: ${DEFAULT-VALUE}).")
    String version;

    @Mixin
    RemoteOptions remote;

    @Mixin
    ModelOptions model;

    @Mixin
    VectorsCommand.Location vectors;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (remote.remote) {
            try (KafkaRequests kafka = new KafkaRequests(remote.bootstrapServers, Topics.TEXT_MESSAGES, Topics.TEXT_EMOJIFIED,
                    remote.timeoutSeconds)) {
                return LineAnswers.run(in, out, lines -> remote(kafka, lines));
            }
        }
        String name = "emojify-" + version;
        if (!Emojifier.MODEL_NAMES.contains(name)) {
            throw new IllegalArgumentException("--model must be v1 or v2, not " + version);
        }
        WordVectors words = vectors.load();
        try (Emojifier emojifier = Emojifier.load(model.bundle(name), name, words, model.inference(), ModelOptions.registry())) {
            return LineAnswers.run(in, out, lines -> inProcess(emojifier, lines));
        }
    }

    /** Lines the service would refuse (empty, too long, no known word) are answered '?' with the reason. */
    private static List<LineAnswers.Answer> inProcess(Emojifier emojifier, List<String> lines) {
        List<String> errors = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        for (String line : lines) {
            String error = validate(line);
            if (error == null && EmojiText.knownWords(line, emojifier.vectors()).isEmpty()) {
                error = "no word of the line has a word vector";
            }
            errors.add(error);
            if (error == null) {
                valid.add(line);
            }
        }
        List<Emojifier.Prediction> predictions = emojifier.predict(valid);
        List<LineAnswers.Answer> answers = new ArrayList<>();
        int next = 0;
        for (String error : errors) {
            if (error != null) {
                answers.add(new LineAnswers.Answer("?\t?\t?", error));
            } else {
                Emojifier.Prediction p = predictions.get(next++);
                answers.add(new LineAnswers.Answer(line(p.label(), p.emoji(), p.probabilities()[p.label()]), null));
            }
        }
        return answers;
    }

    private static List<LineAnswers.Answer> remote(KafkaRequests kafka, List<String> lines) {
        Map<String, String> requests = new LinkedHashMap<>();
        for (String line : lines) {
            String id = kafka.nextKey();
            // A line the service will refuse is sent anyway: the refusal and its reason come back from Kafka.
            requests.put(id, Json.write(Map.of("id", id, "text", line)));
        }
        return kafka.call(requests).stream().map(reply -> {
            if (reply.refusal() != null) {
                return new LineAnswers.Answer("?\t?\t?", reply.refusal());
            }
            EmojifiedText e = EmojifiedText.fromJson(reply.json());
            return new LineAnswers.Answer(line(e.label(), e.emoji(), e.probabilities().get(e.label())), null);
        }).toList();
    }

    private static String line(int label, String emoji, double probability) {
        return label + "\t" + emoji + "\t" + String.format(Locale.ROOT, "%.4f", probability);
    }

    /** The service's own rules (one place: {@link TextMessage}); null when the line is fine. */
    private static String validate(String line) {
        try {
            new TextMessage("line", line);
            return null;
        } catch (InvalidMessageException e) {
            return e.getMessage();
        }
    }
}
