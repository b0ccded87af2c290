package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to a {@link TextMessage}, on {@link Topics#TEXT_EMOJIFIED}: the text, the text with its emoji
 * appended, the emoji and its label (0 ❤️, 1 ⚾, 2 😄, 3 😞, 4 🍴), the five probabilities, and the model.
 */
public record EmojifiedText(String id, String text, String emojified, String emoji, int label, List<Double> probabilities,
        String model) {

    @JsonProperty("version")
    public int version() {
        return Json.VERSION;
    }

    public static EmojifiedText fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, EmojifiedText.class);
        } catch (java.io.IOException e) {
            throw new InvalidMessageException("not an emojified text: " + e.getMessage());
        }
    }

    public String toJson() {
        return Json.write(this);
    }
}
