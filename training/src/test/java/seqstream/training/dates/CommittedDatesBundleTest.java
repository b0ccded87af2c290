package seqstream.training.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqstream.inference.Device;
import seqstream.inference.InferenceOptions;
import seqstream.inference.ModelManifest;
import seqstream.text.dates.DateTranslator;

/** The bundle in models/dates meets the bar: re-measured here on part of the held-out set, and as recorded. */
class CommittedDatesBundleTest {
    private static final Path BUNDLE = Path.of(System.getProperty("seqstream.root", "..")).resolve("models/dates");

    @Test
    void meetsTheTargetsOnHeldOutDates() {
        try (DateTranslator translator = DateTranslator.load(BUNDLE, new InferenceOptions(Device.CPU, 0),
                new SimpleMeterRegistry())) {
            DatesEvaluation.Report report = DatesEvaluation.evaluate(translator, DatesEvaluation.heldOut(100));
            assertThat(report.required()).isEqualTo(DatesEvaluation.REQUIRED);
            assertThat(report.exactMatch()).as(report.mistakes().toString()).isGreaterThanOrEqualTo(0.995);
            assertThat(report.worstFamily()).as(report.familyAccuracy().toString()).isGreaterThanOrEqualTo(0.97);
        }
    }

    @Test
    void recordsFiguresThatMeetTheTargets() {
        ModelManifest manifest = seqstream.inference.ModelBundle.load(BUNDLE, "dates").manifest();
        Map<String, Object> evaluation = manifest.evaluation();
        assertThat((Integer) evaluation.get("heldOutExamples")).isGreaterThanOrEqualTo(10_000);
        assertThat((Double) evaluation.get("exactMatch")).isGreaterThanOrEqualTo(0.995);
        assertThat((Double) evaluation.get("worstFamilyExactMatch")).isGreaterThanOrEqualTo(0.98);
        assertThat((Boolean) evaluation.get("requiredDatesAllRight")).isTrue();
        assertThat(((Number) evaluation.get("onnxVsDjlMaxAbsDiff")).doubleValue()).isLessThanOrEqualTo(1e-4);
    }
}
