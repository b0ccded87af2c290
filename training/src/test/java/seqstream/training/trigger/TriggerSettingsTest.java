package seqstream.training.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** model.json's training record gives back the settings it was written from; an older record is refused, saying why. */
class TriggerSettingsTest {
    @Test
    void theTrainingRecordGivesBackTheSettings() {
        Map<String, Object> training = record(TriggerSettings.FULL);
        assertThat(TriggerSettings.of(training)).isEqualTo(TriggerSettings.FULL);
        assertThat(TriggerSettings.FULL.stateSize()).isEqualTo(256 + 256 + 384);
    }

    @Test
    void aRecordWithoutMembersIsRefusedNamingTheFix() {
        Map<String, Object> training = record(TriggerSettings.FULL);
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

    /** As model.json holds it once read back: plain maps, lists and numbers. */
    private static Map<String, Object> record(TriggerSettings settings) {
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("seed", settings.seed());
        training.put("voices", settings.voices());
        training.put("clips", settings.clips());
        training.put("members", settings.membersRecord());
        training.put("evaluationClips", settings.evaluationClips());
        training.put("negativeHours", settings.negativeHours());
        return training;
    }
}
