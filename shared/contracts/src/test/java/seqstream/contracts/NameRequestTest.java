package seqstream.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameRequestTest {

    @Test
    void defaultsCountTemperatureSeedAndPrefix() {
        NameRequest request = NameRequest.fromJson("{}", "key");
        assertThat(request).isEqualTo(new NameRequest("key", 1, 1.0, null, null));
    }

    @Test
    void readsEveryField() {
        NameRequest request = NameRequest.fromJson(
                "{\"id\": \"a\", \"count\": 5, \"temperature\": 0.5, \"seed\": 42, \"prefix\": \"Tyr\", \"version\": 1}", null);
        assertThat(request).isEqualTo(new NameRequest("a", 5, 0.5, 42L, "Tyr"));
        assertThat(NameRequest.fromJson(request.toJson(), null)).isEqualTo(request);
        NamesResult result = new NamesResult("a", List.of("Tyrannosaurus"), 42);
        assertThat(NamesResult.fromJson(result.toJson())).isEqualTo(result);
    }

    @Test
    void refusesOutOfRangeValuesAndSaysWhy() {
        assertThatThrownBy(() -> NameRequest.fromJson("{\"count\": 0}", "k")).hasMessageContaining("'count' is 0");
        assertThatThrownBy(() -> NameRequest.fromJson("{\"count\": 1001}", "k")).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> NameRequest.fromJson("{\"count\": 2.5}", "k")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> NameRequest.fromJson("{\"temperature\": 0}", "k")).hasMessageContaining("0.1 to 2.0");
        assertThatThrownBy(() -> NameRequest.fromJson("{\"temperature\": \"hot\"}", "k")).hasMessageContaining("a number");
        assertThatThrownBy(() -> NameRequest.fromJson("{\"seed\": \"x\"}", "k")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> NameRequest.fromJson("{\"prefix\": \"T-rex\"}", "k")).hasMessageContaining("letters a-z");
        assertThatThrownBy(() -> NameRequest.fromJson("{}", null)).hasMessageContaining("missing 'id'");
        assertThatThrownBy(() -> NameRequest.fromJson("oops", "k")).isInstanceOf(InvalidMessageException.class);
    }
}
