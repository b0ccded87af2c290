package seqstream.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DateRequestTest {

    @Test
    void readsIdAndText() {
        DateRequest request = DateRequest.fromJson("{\"id\": \"7\", \"text\": \"3 May 1979\", \"extra\": 1}", "key");
        assertThat(request).isEqualTo(new DateRequest("7", "3 May 1979"));
    }

    @Test
    void theRecordKeyStandsInForAMissingId() {
        assertThat(DateRequest.fromJson("{\"text\": \"3 May 1979\"}", "key").id()).isEqualTo("key");
    }

    @Test
    void roundTripsThroughJson() {
        DateRequest request = new DateRequest("a", "Saturday May 9 2018");
        assertThat(request.toJson()).contains("\"version\":1");
        assertThat(DateRequest.fromJson(request.toJson(), null)).isEqualTo(request);
        DateResult result = new DateResult("a", "x", null, 0.25, false);
        assertThat(DateResult.fromJson(result.toJson())).isEqualTo(result);
    }

    @Test
    void refusesWhatIsNotADateRequestAndSaysWhy() {
        assertThatThrownBy(() -> DateRequest.fromJson("nope", "k")).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> DateRequest.fromJson("", "k")).hasMessageContaining("empty message");
        assertThatThrownBy(() -> DateRequest.fromJson("[]", "k")).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> DateRequest.fromJson("{}", "k")).hasMessageContaining("missing 'text'");
        assertThatThrownBy(() -> DateRequest.fromJson("{\"text\": 5}", "k")).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> DateRequest.fromJson("{\"text\": \" \"}", "k")).hasMessageContaining("'text' is empty");
        assertThatThrownBy(() -> DateRequest.fromJson("{\"text\": \"x\"}", null)).hasMessageContaining("missing 'id'");
        assertThatThrownBy(() -> DateRequest.fromJson("{\"version\": 2, \"text\": \"x\"}", "k"))
                .hasMessageContaining("version 2 is not supported");
        assertThat(DateRequest.fromJson("{\"version\": 1, \"text\": \"x\"}", "k").text()).isEqualTo("x");
        String tooLong = "1".repeat(DateRequest.MAX_TEXT_LENGTH + 1);
        assertThatThrownBy(() -> new DateRequest("a", tooLong)).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("at most 200");
        assertThat(new DateRequest("a", "1".repeat(DateRequest.MAX_TEXT_LENGTH)).text()).hasSize(200);
    }
}
