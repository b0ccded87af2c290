package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Names to generate, on {@link Topics#NAMES_REQUESTS}:
 * {@code {"id": "...", "count": 10, "temperature": 1.0, "seed": 42, "prefix": "Tyr"}}; only the id (or the
 * record key) is required. The same seed gives the same names. The compact constructor is the one place a
 * request is validated, for Kafka, REST and the CLI alike.
 *
 * @param seed   null: a fresh random seed, which the answer reports
 * @param prefix null or empty: names start wherever the model likes
 */
public record NameRequest(String id, int count, double temperature, Long seed, String prefix) {
    public static final int MAX_COUNT = 1000;
    public static final double MIN_TEMPERATURE = 0.1;
    public static final double MAX_TEMPERATURE = 2.0;
    public static final int MAX_PREFIX_LENGTH = 30;

    public NameRequest {
        if (id == null || id.isBlank()) {
            throw new InvalidMessageException("missing 'id' (and the record has no key to use instead)");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidMessageException("'count' is " + count + "; it must be 1 to " + MAX_COUNT);
        }
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            throw new InvalidMessageException("'temperature' is " + temperature + "; it must be " + MIN_TEMPERATURE
                    + " to " + MAX_TEMPERATURE);
        }
        if (prefix != null && (prefix.length() > MAX_PREFIX_LENGTH || !prefix.matches("[A-Za-z]*"))) {
            throw new InvalidMessageException("'prefix' must be at most " + MAX_PREFIX_LENGTH
                    + " letters a-z (any case), got \"" + prefix + "\"");
        }
    }

    /** Reads a request from a Kafka record; the record key stands in for a missing id. */
    public static NameRequest fromJson(String json, String recordKey) {
        JsonNode object = Json.readObject(json);
        Json.checkVersion(object);
        String id = Json.optionalText(object, "id");
        return new NameRequest(id != null ? id : recordKey, Json.optionalInt(object, "count", 1),
                Json.optionalNumber(object, "temperature", 1.0), Json.optionalLong(object, "seed"),
                Json.optionalText(object, "prefix"));
    }

    @JsonProperty("version")
    public int version() {
        return Json.VERSION;
    }

    public String toJson() {
        return Json.write(this);
    }
}
