package seqstream.training.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceTest {

    @Test
    void trainingValidationAndHeldOutVoicesShareNoVariant() {
        assertThat(Voice.TRAINING_VARIANTS).doesNotContainAnyElementsOf(Voice.VALIDATION_VARIANTS)
                .doesNotContainAnyElementsOf(Voice.HELD_OUT_VARIANTS);
        assertThat(Voice.VALIDATION_VARIANTS).doesNotContainAnyElementsOf(Voice.HELD_OUT_VARIANTS);
    }

    @Test
    void espeakShipsEveryVariantAndRefusesAnUnknownOne() {
        assumeThat(Espeak.available()).as("espeak-ng is not installed (.ci/run installs it)").isTrue();
        Espeak.requireVariants(Voice.TRAINING_VARIANTS);
        Espeak.requireVariants(Voice.VALIDATION_VARIANTS);
        Espeak.requireVariants(Voice.HELD_OUT_VARIANTS);
        assertThatThrownBy(() -> Espeak.requireVariants(List.of("m1", "Alicai")))
                .hasMessageStartingWith("espeak-ng has no variant Alicai (it has ").hasMessageContaining("m1, m2");
    }
}
