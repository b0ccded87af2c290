package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * A word-vector question, on {@link Topics#EMBEDDINGS_REQUESTS}:
 * {@code {"id": "...", "op": "neighbors", "words": ["frog"], "k": 10}}. Operations and the words they take:
 * similarity (2), neighbors (1, with k), analogy (3: a b c, with method gensim or course), bias (1),
 * neutralize (1), equalize (2). The compact constructor is the one place a request is validated (whether
 * the words are known is the vocabulary's to say).
 *
 * @param k      neighbours wanted, 1-1000 (default 10)
 * @param method analogy rule: "gensim" (default) or "course"
 */
public record EmbeddingRequest(String id, String op, List<String> words, int k, String method) {
    public static final int MAX_K = 1000;
    public static final int DEFAULT_K = 10;
    public static final int MAX_WORD_LENGTH = 100;
    /** Operation -> how many words it takes. */
    public static final List<String> OPS = List.of("similarity", "neighbors", "analogy", "bias", "neutralize", "equalize");
    private static final int[] ARITY = {2, 1, 3, 1, 1, 2};

    public EmbeddingRequest {
        if (id == null || id.isBlank()) {
            throw new InvalidMessageException("missing 'id' (and the record has no key to use instead)");
        }
        if (op == null) {
            throw new InvalidMessageException("missing 'op': one of " + String.join(", ", OPS));
        }
        op = op.toLowerCase(Locale.ROOT);
        int o = OPS.indexOf(op);
        if (o < 0) {
            throw new InvalidMessageException("unknown op '" + op + "': one of " + String.join(", ", OPS));
        }
        words = words == null ? List.of() : List.copyOf(words);
        if (words.size() != ARITY[o]) {
            throw new InvalidMessageException("'" + op + "' takes " + ARITY[o] + " word" + (ARITY[o] == 1 ? "" : "s") + " in 'words', got "
                    + words.size());
        }
        for (String word : words) {
            if (word.isBlank() || word.length() > MAX_WORD_LENGTH) {
                throw new InvalidMessageException("each word must be 1-" + MAX_WORD_LENGTH + " characters, got \"" + word + "\"");
            }
        }
        if (k < 1 || k > MAX_K) {
            throw new InvalidMessageException("'k' is " + k + "; it must be 1 to " + MAX_K);
        }
        if (method != null && !method.equalsIgnoreCase("gensim") && !method.equalsIgnoreCase("course")) {
            throw new InvalidMessageException("unknown analogy method '" + method + "': gensim (the default) or course");
        }
        method = method == null ? "gensim" : method.toLowerCase(Locale.ROOT);
    }

    /** Reads a request from a Kafka record; the record key stands in for a missing id. */
    public static EmbeddingRequest fromJson(String json, String recordKey) {
        JsonNode object = Json.readObject(json);
        Json.checkVersion(object);
        String id = Json.optionalText(object, "id");
        return new EmbeddingRequest(id != null ? id : recordKey, Json.optionalText(object, "op"),
                Json.optionalTextArray(object, "words"), Json.optionalInt(object, "k", DEFAULT_K), Json.optionalText(object, "method"));
    }

    @JsonProperty("version")
    public int version() {
        return Json.VERSION;
    }

    public String toJson() {
        return Json.write(this);
    }
}
