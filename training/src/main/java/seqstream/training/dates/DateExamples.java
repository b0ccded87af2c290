package seqstream.training.dates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates date examples from a seed: a family at random, a date that family can write, then the noise
 * people add (letter case, commas or none, extra spaces). The same seed gives the same examples.
 */
public final class DateExamples {
    private final RandomGenerator random;

    public DateExamples(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public DateExample next() {
        DateFamily[] families = DateFamily.values();
        return next(families[random.nextInt(families.length)]);
    }

    public DateExample next(DateFamily family) {
        LocalDate date = family.drawDate(random);
        return new DateExample(addNoise(family.write(date, random)), date.toString(), family);
    }

    public List<DateExample> next(int count) {
        List<DateExample> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            examples.add(next());
        }
        return examples;
    }

    private String addNoise(String text) {
        String noisy = switch (random.nextInt(6)) {
            case 0, 1 -> text.toLowerCase(Locale.ROOT);
            case 2 -> text.toUpperCase(Locale.ROOT);
            default -> text;
        };
        if (random.nextInt(4) == 0) {
            noisy = noisy.replace(",", "");
        }
        if (random.nextInt(6) == 0) {
            noisy = noisy.replace(" ", random.nextBoolean() ? "  " : " \t");
        }
        if (random.nextInt(10) == 0) {
            noisy = " " + noisy + " ";
        }
        return noisy;
    }

    /** SHA-256 of the first {@code count} examples of a seed: names the training data in model.json. */
    public static String fingerprint(long seed, int count) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            DateExamples examples = new DateExamples(seed);
            for (int i = 0; i < count; i++) {
                DateExample example = examples.next();
                digest.update((example.text() + "\t" + example.iso() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
