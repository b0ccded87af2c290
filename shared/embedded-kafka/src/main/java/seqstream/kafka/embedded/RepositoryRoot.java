package seqstream.kafka.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

/** The seqstream checkout: the system property seqstream.root (set by the build and by seqctl), else found upwards. */
public final class RepositoryRoot {
    private RepositoryRoot() {
    }

    public static Path find() {
        String configured = System.getProperty("seqstream.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seqctl")) && Files.isDirectory(dir.resolve("shared"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the seqstream checkout from " + Path.of("").toAbsolutePath()
                + ": set -Dseqstream.root=<checkout>");
    }
}
