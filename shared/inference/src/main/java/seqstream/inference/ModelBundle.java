package seqstream.inference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder under models/: model.json plus the ONNX graphs it names. Loading checks everything a service
 * would otherwise trip over later, and says plainly what is wrong.
 */
public record ModelBundle(Path directory, ModelManifest manifest) {
    public static final String MANIFEST_FILE = "model.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static ModelBundle load(Path directory, String expectedName) {
        Path manifestFile = directory.resolve(MANIFEST_FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw new ModelBundleException("no model bundle at " + directory.toAbsolutePath() + ": " + MANIFEST_FILE
                    + " is missing; train it with './seqctl train " + expectedName + "' or point the service at models/"
                    + expectedName);
        }
        ModelManifest manifest;
        try {
            manifest = MAPPER.readValue(manifestFile.toFile(), ModelManifest.class);
        } catch (IOException e) {
            throw new ModelBundleException("cannot read " + manifestFile + ": " + e.getMessage(), e);
        }
        if (!expectedName.equals(manifest.name())) {
            throw new ModelBundleException(manifestFile + " is the bundle '" + manifest.name() + "', expected '"
                    + expectedName + "'");
        }
        if (manifest.formatVersion() != ModelManifest.FORMAT_VERSION) {
            throw new ModelBundleException(manifestFile + " has format version " + manifest.formatVersion()
                    + "; this build reads version " + ModelManifest.FORMAT_VERSION);
        }
        if (manifest.graphs() == null || manifest.graphs().isEmpty()) {
            throw new ModelBundleException(manifestFile + " names no graphs");
        }
        for (String file : manifest.graphs().values()) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                throw new ModelBundleException("bundle '" + expectedName + "' names " + file + " but "
                        + directory.resolve(file) + " does not exist");
            }
        }
        return new ModelBundle(directory, manifest);
    }

    public Path graph(String role) {
        String file = manifest.graphs().get(role);
        if (file == null) {
            throw new ModelBundleException("bundle '" + manifest.name() + "' has no graph for '" + role + "'");
        }
        return directory.resolve(file);
    }

    /** Writes a bundle's manifest; the graphs are written by whoever made them. */
    public static void writeManifest(Path directory, ModelManifest manifest) throws IOException {
        Files.createDirectories(directory);
        MAPPER.writeValue(directory.resolve(MANIFEST_FILE).toFile(), manifest);
    }
}
