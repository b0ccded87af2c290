package seqstream.cli;

import java.nio.file.Path;
import seqstream.kafka.embedded.RepositoryRoot;

/** Where things are in the checkout seqctl runs from. */
final class Paths {
    private Paths() {
    }

    static Path root() {
        return RepositoryRoot.find();
    }

    static Path bundle(String name) {
        return root().resolve("models").resolve(name);
    }
}
