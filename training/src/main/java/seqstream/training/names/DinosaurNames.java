package seqstream.training.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import seqstream.text.names.NameText;

/**
 * The course's dinos.txt, read from SEQSTREAM_DATA, split once and for all: a seeded shuffle, the last
 * 10% held out and never trained on.
 *
 * @param training names to train on (and to carve validation from)
 * @param heldOut  names to report figures on
 * @param all      every name, for telling sampled names that are new from ones that are not
 */
public record DinosaurNames(List<String> training, List<String> heldOut, List<String> all) {
    public static final long SPLIT_SEED = 1536L;
    public static final double HELD_OUT_SHARE = 0.10;

    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve("dinos/dinos.txt");
    }

    /**
     * The data directory from SEQSTREAM_DATA, or a message saying how to point at it. A relative path is
     * taken from the checkout's root (CI sets ../shared/data), wherever the JVM runs from.
     */
    public static Path dataDirectory() {
        String configured = System.getenv("SEQSTREAM_DATA");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("SEQSTREAM_DATA is not set: point it at the course data (the folder with dinos/)");
        }
        Path path = Path.of(configured);
        String root = System.getProperty("seqstream.root");
        return path.isAbsolute() || root == null ? path : Path.of(root).resolve(path).normalize();
    }

    public static DinosaurNames load(Path dataDirectory) throws IOException {
        Path file = file(dataDirectory);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: SEQSTREAM_DATA must point at the course data");
        }
        List<String> names = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(NameText::normalize).filter(name -> !name.isEmpty()).toList();
        return split(names);
    }

    public static DinosaurNames split(List<String> names) {
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(SPLIT_SEED));
        int heldOut = (int) Math.round(names.size() * HELD_OUT_SHARE);
        int cut = shuffled.size() - heldOut;
        return new DinosaurNames(List.copyOf(shuffled.subList(0, cut)), List.copyOf(shuffled.subList(cut, shuffled.size())),
                List.copyOf(names));
    }
}
