package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A translated date, on {@link Topics#DATES_ISO}. {@code iso} is a real calendar date (yyyy-MM-dd) when
 * {@code valid}, and null when the model's answer was not one; {@code confidence} is the model's
 * probability of its whole answer (0..1) either way. {@code attention} is there when the request asked for it.
 */
public record DateResult(String id, String text, String iso, double confidence, boolean valid,
        @JsonInclude(JsonInclude.Include.NON_NULL) Attention attention) {

    /**
     * Where the model looked: {@code weights[i][j]} is how much output character i of {@code answer} attended
     * to input character j of {@code read} (the normalized, padded input the model saw).
     */
    public record Attention(String read, String answer, float[][] weights) {
    }

    public DateResult(String id, String text, String iso, double confidence, boolean valid) {
        this(id, text, iso, confidence, valid, null);
    }

    public static DateResult fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, DateResult.class);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("not a DateResult: " + e.getOriginalMessage());
        }
    }

    @JsonProperty("version")
    public int version() {
        return Json.VERSION;
    }

    public String toJson() {
        return Json.write(this);
    }
}
