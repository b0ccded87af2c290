package seqstream.training.trigger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import seqstream.audio.Audio;
import seqstream.audio.WavFiles;

/** Synthetic speech from espeak-ng (the Debian package), at 16 kHz. */
public final class Espeak {
    private static final Path BINARY = Path.of("/usr/bin/espeak-ng");

    private Espeak() {
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    public static Audio say(String text, Voice voice) {
        if (!available()) {
            throw new IllegalStateException("espeak-ng is not installed: 'sudo apt-get install espeak-ng'");
        }
        Path wav = null;
        try {
            wav = Files.createTempFile("seqstream-espeak-", ".wav");
            Process process = new ProcessBuilder(List.of(BINARY.toString(), "-v", voice.espeakName(),
                    "-s", String.valueOf(voice.speed()), "-p", String.valueOf(voice.pitch()), "-w", wav.toString(), text))
                    .redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("espeak-ng failed for voice " + voice.espeakName() + ": " + new String(output));
            }
            return WavFiles.read(wav).resampledTo(Audio.MODEL_RATE);
        } catch (IOException e) {
            throw new IllegalStateException("espeak-ng: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while espeak-ng spoke", e);
        } finally {
            if (wav != null) {
                wav.toFile().delete();
            }
        }
    }
}
