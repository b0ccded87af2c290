package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;

/**
 * Generated names, on {@link Topics#NAMES_GENERATED}, capitalized as the corpus writes them; {@code seed} is
 * the one used (the request's, or the fresh one drawn for it), so any answer can be had again.
 */
public record NamesResult(String id, List<String> names, long seed) {

    public static NamesResult fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, NamesResult.class);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("not a NamesResult: " + e.getOriginalMessage());
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
