package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sentence to emojify, on {@link Topics#TEXT_MESSAGES}: {@code {"id": "...", "text": "food is life"}}. The
 * compact constructor is the one place a message is validated (whether its words have vectors is the
 * emojifier's to say).
 */
public record TextMessage(String id, String text) {
    public static final int MAX_TEXT_LENGTH = 1000;

    public TextMessage {
        if (id == null || id.isBlank()) {
            throw new InvalidMessageException("missing 'id' (and the record has no key to use instead)");
        }
        if (text == null) {
            throw new InvalidMessageException("missing 'text': the sentence to emojify");
        }
        if (text.isBlank()) {
            throw new InvalidMessageException("'text' is empty: expected a sentence such as \"food is life\"");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidMessageException("'text' has " + text.length() + " characters; at most " + MAX_TEXT_LENGTH + " are accepted");
        }
    }

    /** Reads a message from a Kafka record; the record key stands in for a missing id. */
    public static TextMessage fromJson(String json, String recordKey) {
        JsonNode object = Json.readObject(json);
        Json.checkVersion(object);
        String id = Json.optionalText(object, "id");
        return new TextMessage(id != null ? id : recordKey, Json.optionalText(object, "text"));
    }

    @JsonProperty("version")
    public int version() {
        return Json.VERSION;
    }

    public String toJson() {
        return Json.write(this);
    }
}
