package seqstream.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {
    @TempDir
    Path dir;

    private ModelManifest manifest(String name, int version) {
        return new ModelManifest(name, version, Map.of("model", "model.onnx"), List.of(), List.of(),
                Map.of("input", List.of("a")), Map.of("inputLength", 3), Map.of(), Map.of());
    }

    @Test
    void loadsAWellFormedBundle() throws Exception {
        ModelBundle.writeManifest(dir, manifest("dates", ModelManifest.FORMAT_VERSION));
        Files.writeString(dir.resolve("model.onnx"), "not checked here");
        ModelBundle bundle = ModelBundle.load(dir, "dates");
        assertThat(bundle.graph("model")).isEqualTo(dir.resolve("model.onnx"));
        assertThat(bundle.manifest().intParameter("inputLength")).isEqualTo(3);
        assertThat(bundle.manifest().vocabulary("input")).containsExactly("a");
    }

    @Test
    void saysWhatIsWrongWithABundle() throws Exception {
        assertThatThrownBy(() -> ModelBundle.load(dir.resolve("nothing"), "dates"))
                .isInstanceOf(ModelBundleException.class).hasMessageContaining("model.json is missing")
                .hasMessageContaining("./seqctl train dates");

        ModelBundle.writeManifest(dir, manifest("names", ModelManifest.FORMAT_VERSION));
        assertThatThrownBy(() -> ModelBundle.load(dir, "dates")).hasMessageContaining("is the bundle 'names', expected 'dates'");

        ModelBundle.writeManifest(dir, manifest("dates", 99));
        assertThatThrownBy(() -> ModelBundle.load(dir, "dates")).hasMessageContaining("format version 99");

        ModelBundle.writeManifest(dir, manifest("dates", ModelManifest.FORMAT_VERSION));
        assertThatThrownBy(() -> ModelBundle.load(dir, "dates")).hasMessageContaining("model.onnx")
                .hasMessageContaining("does not exist");
    }

    @Test
    void parsesDevices() {
        assertThat(Device.parse(" CUDA ")).isEqualTo(Device.CUDA);
        assertThatThrownBy(() -> Device.parse("tpu")).hasMessageContaining("auto, cpu or cuda");
    }
}
