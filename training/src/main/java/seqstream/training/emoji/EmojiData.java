package seqstream.training.emoji;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The course's emojify CSV files: a sentence (quoted or not), its label 0-4, sometimes empty columns after. */
public final class EmojiData {
    public static final String TRAIN = "emojify/data/train_emoji.csv";
    public static final String TEST = "emojify/data/tesss.csv";

    public record Example(String text, int label) {
    }

    private EmojiData() {
    }

    public static List<Example> read(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException(csv + " is missing: SEQSTREAM_DATA must point at the course data");
        }
        List<Example> examples = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String text;
            String rest;
            if (line.startsWith("\"")) {
                int close = line.indexOf('"', 1);
                text = line.substring(1, close);
                rest = line.substring(close + 1);
            } else {
                int comma = line.indexOf(',');
                text = line.substring(0, comma);
                rest = line.substring(comma);
            }
            String label = rest.replaceFirst("^,", "").split(",", -1)[0].trim();
            if (!label.matches("[0-4]")) {
                throw new IOException(csv + " line " + lineNumber + ": label '" + label + "' is not 0-4");
            }
            examples.add(new Example(text.strip(), Integer.parseInt(label)));
        }
        return examples;
    }
}
