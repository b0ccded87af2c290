package seqstream.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON mapper of the message contracts, and their version. */
public final class Json {
    /** The version of every message record; a message without one is taken to be this version. */
    public static final int VERSION = 1;

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Parses a JSON object, or says in one line why the text is not one. */
    public static JsonNode readObject(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidMessageException("empty message: expected a JSON object");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidMessageException("expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
        }
        return node;
    }

    /** Refuses a message written for a version of the contracts this build does not know. */
    static void checkVersion(JsonNode object) {
        JsonNode version = object.get("version");
        if (version != null && !version.isNull() && (!version.canConvertToInt() || version.asInt() != VERSION)) {
            throw new InvalidMessageException("message version " + version + " is not supported; this service reads version "
                    + VERSION);
        }
    }

    /** An integer field, or {@code otherwise} when absent or null. */
    static int optionalInt(JsonNode object, String field, int otherwise) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidMessageException("field '" + field + "' must be a whole number, got " + value);
        }
        return value.asInt();
    }

    /** A true/false field; absent or null is false. */
    static boolean optionalBoolean(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidMessageException("field '" + field + "' must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    /** A whole-number field that may be absent (null). */
    static Long optionalLong(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidMessageException("field '" + field + "' must be a whole number, got " + value);
        }
        return value.asLong();
    }

    /** A number field, or {@code otherwise} when absent or null. */
    static double optionalNumber(JsonNode object, String field, double otherwise) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isNumber()) {
            throw new InvalidMessageException("field '" + field + "' must be a number, got " + value);
        }
        return value.asDouble();
    }

    /** An array of strings, or an empty list when the field is absent or null. */
    static java.util.List<String> optionalTextArray(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return java.util.List.of();
        }
        if (!value.isArray()) {
            throw new InvalidMessageException("field '" + field + "' must be an array of strings, got " + value.getNodeType());
        }
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new InvalidMessageException("field '" + field + "' must hold strings only, got " + item.getNodeType());
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** The text of a field, or null when it is absent or JSON null; a non-string value is an error. */
    static String optionalText(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidMessageException("field '" + field + "' must be a string, got " + value.getNodeType());
        }
        return value.asText();
    }
}
