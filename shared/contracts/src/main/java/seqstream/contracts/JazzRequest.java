package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A solo to improvise, on {@link Topics#JAZZ_REQUESTS}:
 * {@code {"id": "...", "seconds": 60, "temperature": 1.0, "seed": 42, "tempo": 130}}; only the id (or the
 * record key) is required. The same seed gives the same music. Validated here, for Kafka, REST and the CLI alike.
 *
 * @param seed  null: a fresh random seed, which the answer reports
 * @param tempo beats per minute
 */
public record JazzRequest(String id, double seconds, double temperature, Long seed, int tempo) {
    public static final double MIN_SECONDS = 5;
    public static final double MAX_SECONDS = 300;
    public static final double DEFAULT_SECONDS = 30;
    public static final double MIN_TEMPERATURE = 0.1;
    public static final double MAX_TEMPERATURE = 2.0;
    public static final int MIN_TEMPO = 60;
    public static final int MAX_TEMPO = 240;
    public static final int DEFAULT_TEMPO = 130;

    public JazzRequest {
        if (id == null || id.isBlank()) {
            throw new InvalidMessageException("missing 'id' (and the record has no key to use instead)");
        }
        if (!(seconds >= MIN_SECONDS && seconds <= MAX_SECONDS)) {
            throw new InvalidMessageException("'seconds' is " + seconds + "; it must be " + MIN_SECONDS + " to " + MAX_SECONDS);
        }
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            throw new InvalidMessageException("'temperature' is " + temperature + "; it must be " + MIN_TEMPERATURE + " to " + MAX_TEMPERATURE);
        }
        if (tempo < MIN_TEMPO || tempo > MAX_TEMPO) {
            throw new InvalidMessageException("'tempo' is " + tempo + " bpm; it must be " + MIN_TEMPO + " to " + MAX_TEMPO);
        }
    }

    /** Reads a request from a Kafka record; the record key stands in for a missing id. */
    public static JazzRequest fromJson(String json, String recordKey) {
        JsonNode object = Json.readObject(json);
        Json.checkVersion(object);
        String id = Json.optionalText(object, "id");
        return new JazzRequest(id != null ? id : recordKey, Json.optionalNumber(object, "seconds", DEFAULT_SECONDS),
                Json.optionalNumber(object, "temperature", 1.0), Json.optionalLong(object, "seed"),
                Json.optionalInt(object, "tempo", DEFAULT_TEMPO));
    }

    @JsonProperty("version")
    public int version() {
        return Json.VERSION;
    }

    public String toJson() {
        return Json.write(this);
    }
}
