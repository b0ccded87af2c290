package seqstream.training.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqstream.audio.trigger.TriggerScorer;
import seqstream.inference.ModelBundle;

/**
 * The committed bundle's training record (models/trigger/model.json, as training wrote it) gives back the settings it
 * was trained with; an older record is refused, saying why.
 */
class TriggerSettingsTest {
    private static final Path BUNDLE = Path.of(System.getProperty("seqstream.root", "..")).resolve("models/trigger");

    @Test
    void theCommittedRecordGivesBackTheSettings() {
        assertThat(TriggerSettings.of(committedRecord())).isEqualTo(TriggerSettings.FULL);
        assertThat(TriggerSettings.FULL.stateSize()).isEqualTo(256 + 256 + 384);
    }

    @Test
    void aRecordWithoutMembersIsRefusedNamingTheFix() {
        Map<String, Object> training = committedRecord();
        training.remove("members");
        training.put("epochs", List.of(36, 72));
        assertThatThrownBy(() -> TriggerSettings.of(training)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("training.members").hasMessageContaining("./seqctl train trigger");
    }

    @Test
    void aMemberNeedsUnitsAndEpochs() {
        assertThatThrownBy(() -> new TriggerSettings.Member(0, 36)).hasMessageContaining("0 units");
        assertThatThrownBy(() -> new TriggerSettings(7, 8, 8, List.of(), 8, 0.1)).hasMessageContaining("at least one member");
    }

    @Test
    void membersAreWrittenAsUnitsByEpochs() {
        assertThat(TriggerSettings.Member.parse("256x36")).isEqualTo(new TriggerSettings.Member(256, 36));
        assertThat(TriggerSettings.FULL.withMembers(List.of(new TriggerSettings.Member(256, 36))).stateSize()).isEqualTo(256);
        for (String bad : List.of("256", "256x", "x36", "256x36x2", "twox36")) {
            assertThatThrownBy(() -> TriggerSettings.Member.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("UNITSxEPOCHS").hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> TriggerSettings.Member.parse("0x36")).hasMessageContaining("0 units");
    }

    private static Map<String, Object> committedRecord() {
        return new LinkedHashMap<>(ModelBundle.load(BUNDLE, TriggerScorer.MODEL_NAME).manifest().training());
    }
}
