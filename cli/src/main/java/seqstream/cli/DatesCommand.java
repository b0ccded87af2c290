package seqstream.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import seqstream.contracts.DateRequest;
import seqstream.contracts.InvalidMessageException;
import seqstream.text.dates.DateTranslator;
import seqstream.text.dates.Translation;
import seqstream.training.dates.AttentionMapPicture;

/**
 * {@code seqctl dates}: one date per line in, {@code <ISO date>\t<confidence>} per line out, in order;
 * {@code ?} where the answer is not a real calendar date or the line is not a date to translate.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Translate human-readable dates to ISO dates: one per line on stdin,",
            "'<ISO date>\\t<confidence>' per line on stdout ('?' when the answer is not a real date)."})
final class DatesCommand implements Callable<Integer> {
    @Mixin
    RemoteOptions remote;

    @Mixin
    ModelOptions model;

    @Option(names = "--attention", paramLabel = "TEXT", description = "Draw the attention map of TEXT instead.")
    String attentionText;

    @Option(names = "--png", paramLabel = "FILE", description = "Where --attention writes its picture.")
    Path png;

    @Override
    public Integer call() throws Exception {
        if (attentionText != null) {
            return drawAttention();
        }
        if (png != null) {
            throw new IllegalArgumentException("--png goes with --attention \"TEXT\"");
        }
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (remote.remote) {
            try (RemoteDates kafka = new RemoteDates(remote.bootstrapServers, remote.timeoutSeconds)) {
                return translateLines(in, out, kafka::translate);
            }
        }
        try (DateTranslator translator = load()) {
            return translateLines(in, out, lines -> inProcess(translator, lines));
        }
    }

    private DateTranslator load() {
        return DateTranslator.load(model.bundle(DateTranslator.MODEL_NAME), model.inference(), ModelOptions.registry());
    }

    /** How a batch of lines becomes output lines: one answer per line, in order. */
    interface Translate {
        List<Answer> apply(List<String> lines) throws Exception;
    }

    /** One output line; {@code error}, when set, goes to stderr. */
    record Answer(String iso, double confidence, String error) {
        String line() {
            return (iso == null ? "?" : iso) + "\t" + String.format(Locale.ROOT, "%.4f", confidence);
        }
    }

    private static int translateLines(BufferedReader in, PrintWriter out, Translate translate) throws Exception {
        return LineAnswers.run(in, out, lines -> translate.apply(lines).stream()
                .map(a -> new LineAnswers.Answer(a.line(), a.error())).toList());
    }

    /** Lines that are not dates to translate (empty, too long) are answered '?' with the reason, as the service does. */
    static List<Answer> inProcess(DateTranslator translator, List<String> lines) {
        List<String> valid = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String line : lines) {
            String error = validate(line);
            errors.add(error);
            if (error == null) {
                valid.add(line);
            }
        }
        List<Translation> translations = translator.translate(valid);
        List<Answer> answers = new ArrayList<>();
        int next = 0;
        for (String error : errors) {
            if (error != null) {
                answers.add(new Answer(null, 0, error));
            } else {
                Translation t = translations.get(next++);
                answers.add(new Answer(t.iso(), t.confidence(), null));
            }
        }
        return answers;
    }

    /** The service's own rules (one place: {@link DateRequest}); null when the line is fine. */
    static String validate(String line) {
        try {
            new DateRequest("line", line);
            return null;
        } catch (InvalidMessageException e) {
            return e.getMessage();
        }
    }

    private int drawAttention() throws Exception {
        if (png == null) {
            throw new IllegalArgumentException("--attention needs --png FILE: where to write the picture");
        }
        String error = validate(attentionText);
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        try (DateTranslator translator = load()) {
            Translation t = translator.translate(attentionText);
            AttentionMapPicture.write(t, png);
            System.out.println((t.iso() == null ? "?" : t.iso()) + "\t" + String.format(Locale.ROOT, "%.4f", t.confidence()));
            System.err.println("attention map written to " + png.toAbsolutePath());
            return 0;
        }
    }
}
