package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A date to translate, on {@link Topics#DATES_RAW}: {@code {"id": "...", "text": "Saturday May 9 2018"}},
 * optionally with {@code "version": 1} and {@code "attention": true} (the answer then carries the model's
 * attention weights). The compact constructor is the one place a request is validated, for Kafka and REST alike.
 */
public record DateRequest(String id, String text, boolean attention) {
    public static final int MAX_TEXT_LENGTH = 200;

    public DateRequest {
        if (id == null || id.isBlank()) {
            throw new InvalidMessageException("missing 'id' (and the record has no key to use instead)");
        }
        if (text == null) {
            throw new InvalidMessageException("missing 'text': the date to translate");
        }
        if (text.isBlank()) {
            throw new InvalidMessageException("'text' is empty: expected a date such as \"Saturday May 9 2018\"");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidMessageException("'text' has " + text.length() + " characters; at most "
                    + MAX_TEXT_LENGTH + " are accepted");
        }
    }

    public DateRequest(String id, String text) {
        this(id, text, false);
    }

    /** Reads a request from a Kafka record; the record key stands in for a missing id. */
    public static DateRequest fromJson(String json, String recordKey) {
        JsonNode object = Json.readObject(json);
        Json.checkVersion(object);
        String id = Json.optionalText(object, "id");
        return new DateRequest(id != null ? id : recordKey, Json.optionalText(object, "text"), Json.optionalBoolean(object, "attention"));
    }

    @JsonProperty("version")
    public int version() {
        return Json.VERSION;
    }

    public String toJson() {
        return Json.write(this);
    }
}
