package seqstream.training.trigger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import seqstream.audio.Audio;
import seqstream.audio.WavFiles;

/** Synthetic speech from espeak-ng (the Debian package), at 16 kHz. */
public final class Espeak {
    private static final Path BINARY = Path.of("/usr/bin/espeak-ng");
    /** Read from espeak-ng once: every corpus of a training run checks its variants against the same list. */
    private static SortedSet<String> installedVariants;

    private Espeak() {
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    public static Audio say(String text, Voice voice) {
        Path wav = null;
        try {
            wav = Files.createTempFile("seqstream-espeak-", ".wav");
            run("voice " + voice.espeakName(), "-v", voice.espeakName(), "-s", String.valueOf(voice.speed()),
                    "-p", String.valueOf(voice.pitch()), "-w", wav.toString(), text);
            return WavFiles.read(wav).resampledTo(Audio.MODEL_RATE);
        } catch (IOException e) {
            throw new IllegalStateException("espeak-ng: " + e.getMessage(), e);
        } finally {
            if (wav != null) {
                wav.toFile().delete();
            }
        }
    }

    /**
     * Refuses variants this espeak-ng does not ship: it would speak them with its default voice and exit 0, so a
     * misspelt or missing variant would silently train (or judge) on the wrong voices.
     */
    public static void requireVariants(List<String> variants) {
        Set<String> installed = installedVariants();
        List<String> missing = variants.stream().filter(v -> !installed.contains(v)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("espeak-ng has no variant " + String.join(", ", missing) + " (it has "
                    + String.join(", ", installed) + "): install Debian 12's espeak-ng-data");
        }
    }

    private static synchronized SortedSet<String> installedVariants() {
        if (installedVariants == null) {
            // A table whose File column is "!v/<variant>", padded to where the Other Languages column starts; a
            // variant's name may hold a space ("Mr serious").
            List<String> table = run("the variant list", "--voices=variant").lines().toList();
            int otherLanguages = table.isEmpty() ? -1 : table.getFirst().indexOf("Other Languages");
            SortedSet<String> installed = new TreeSet<>();
            for (String line : table) {
                int file = line.indexOf("!v/");
                if (file >= 0) {
                    int end = otherLanguages > file ? Math.min(line.length(), otherLanguages) : line.length();
                    installed.add(line.substring(file + 3, end).strip());
                }
            }
            installedVariants = Collections.unmodifiableSortedSet(installed);
        }
        return installedVariants;
    }

    /** espeak-ng's standard output; {@code what} names the call in errors. */
    private static String run(String what, String... arguments) {
        if (!available()) {
            throw new IllegalStateException("espeak-ng is not installed: 'sudo apt-get install espeak-ng'");
        }
        List<String> command = new ArrayList<>(List.of(BINARY.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("espeak-ng failed for " + what + ": " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("espeak-ng: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while espeak-ng spoke", e);
        }
    }
}
