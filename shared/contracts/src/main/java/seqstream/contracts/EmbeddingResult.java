package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to an {@link EmbeddingRequest}, on {@link Topics#EMBEDDINGS_RESULTS}; only the fields of its op are
 * present: similarity -> cosine; neighbors -> neighbors; analogy -> answer (with its cosine); bias, neutralize,
 * equalize -> bias (per word: cos(w, g) before, after where the op changes it, projection for bias), where
 * g = unit(woman) - unit(man).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmbeddingResult(String id, String op, List<String> words, Double cosine, List<Similar> neighbors, Similar answer,
        List<Bias> bias, String model) {

    public record Similar(String word, double cosine) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bias(String word, double before, Double after, Double projection) {
    }

    @JsonProperty("version")
    public int version() {
        return Json.VERSION;
    }

    public static EmbeddingResult fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, EmbeddingResult.class);
        } catch (java.io.IOException e) {
            throw new InvalidMessageException("not an embedding result: " + e.getMessage());
        }
    }

    public String toJson() {
        return Json.write(this);
    }
}
