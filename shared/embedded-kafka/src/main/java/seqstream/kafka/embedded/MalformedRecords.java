package seqstream.kafka.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Bad and good requests built around one good JSON request of a service, for the tests that prove bad input
 * goes to the dead-letter topic (with a reason) while good input is answered. Every bad record here is bad by
 * construction, whatever the service: it is not JSON, not UTF-8, not an object, a field of the wrong type, a
 * number or a text far out of range, or a contract version that does not exist.
 */
public final class MalformedRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far beyond any limit of any contract (the longest accepted text is 1,000 characters). */
    private static final int HUGE_TEXT = 100_000;

    /** One record: its key (also its "id" where it has one), its value (null: a tombstone) and what kind it is. */
    public record Case(String key, byte[] value, String kind) {
    }

    private MalformedRecords() {
    }

    /** {@code count} bad records around {@code good} (a JSON object with an "id"), the kinds taken in turn. */
    public static List<Case> bad(String prefix, String good, int count, long seed) {
        ObjectNode template = object(good);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> fields = new ArrayList<>();
        template.fieldNames().forEachRemaining(fields::add);
        fields.remove("id");
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = prefix + "-bad-" + i;
            ObjectNode request = template.deepCopy().put("id", key);
            String field = fields.get(random.nextInt(fields.size()));
            cases.add(switch (i % 9) {
                case 0 -> text(key, "not json " + Long.toString(random.nextLong(), 36), "not JSON");
                case 1 -> {
                    String whole = request.toString();
                    yield text(key, whole.substring(0, 1 + random.nextInt(whole.length() - 1)), "truncated JSON");
                }
                case 2 -> text(key, List.of("[]", "42", "\"text\"", "true", "null").get(random.nextInt(5)), "not an object");
                case 3 -> new Case(key, invalidUtf8(request.toString()), "invalid UTF-8");
                case 4 -> new Case(key, null, "tombstone (null value)");
                case 5 -> text(key, request.set(field, random.nextBoolean() ? JSON.createObjectNode().put("x", 1)
                        : JSON.createArrayNode().add(JSON.createObjectNode())).toString(), "wrong type of " + field);
                case 6 -> text(key, hugeNumber(request, fields, random), "huge number");
                case 7 -> text(key, hugeText(request, fields), "huge text");
                default -> text(key, request.put("version", 99).toString(), "unknown version");
            });
        }
        return cases;
    }

    /**
     * {@code count} good records: as given, with fields no contract knows (readers ignore them: producers may
     * be newer), and without an id (the record key stands in).
     */
    public static List<Case> good(String prefix, String good, int count) {
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = prefix + "-good-" + i;
            ObjectNode request = object(good).put("id", key);
            cases.add(switch (i % 3) {
                case 0 -> text(key, request.toString(), "good");
                case 1 -> text(key, request.put("comment", "a field from a newer producer").toString(), "good, extra field");
                default -> {
                    request.remove("id");
                    yield text(key, request.toString(), "good, id from the key");
                }
            });
        }
        return cases;
    }

    /** A numeric field (if the request has one) set far out of any range; else a text field made huge. */
    private static String hugeNumber(ObjectNode request, List<String> fields, SplittableRandom random) {
        List<String> numbers = fields.stream().filter(f -> request.get(f).isNumber()).toList();
        if (numbers.isEmpty()) {
            return hugeText(request, fields);
        }
        String field = numbers.get(random.nextInt(numbers.size()));
        return request.put(field, random.nextBoolean() ? 1e300 : -1e300).toString();
    }

    /** A text field (or a text in an array) made a hundred thousand characters long; else a huge number. */
    private static String hugeText(ObjectNode request, List<String> fields) {
        String huge = "a".repeat(HUGE_TEXT);
        for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("id")) {
                continue;
            }
            if (field.getValue().isTextual()) {
                return request.put(field.getKey(), huge).toString();
            }
            if (field.getValue().isArray() && !field.getValue().isEmpty()) {
                return request.set(field.getKey(), JSON.createArrayNode().add(huge)).toString();
            }
        }
        String number = fields.stream().filter(f -> request.get(f).isNumber()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the request has no field to make huge: " + request));
        return request.put(number, 1e300).toString();
    }

    private static Case text(String key, String value, String kind) {
        return new Case(key, value.getBytes(StandardCharsets.UTF_8), kind);
    }

    /** The JSON with a byte that is never UTF-8 (0xFF) inside its first string. */
    private static byte[] invalidUtf8(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int quote = json.indexOf('"') + 1;
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, quote);
        broken[quote] = (byte) 0xFF;
        System.arraycopy(bytes, quote, broken, quote + 1, bytes.length - quote);
        return broken;
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
    }
}
