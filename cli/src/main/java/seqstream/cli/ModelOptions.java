package seqstream.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;

/** Which bundle an in-process model command loads, and where it runs. */
final class ModelOptions {
    @Option(names = "--bundle", description = "The model bundle (default: models/<model>).")
    Path bundle;

    @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or cuda.")
    String device;

    Path bundle(String model) {
        return bundle != null ? bundle : Paths.bundle(model);
    }

    InferenceOptions inference() {
        return new InferenceOptions(Device.parse(device), 0);
    }

    static SimpleMeterRegistry registry() {
        return new SimpleMeterRegistry();
    }
}
