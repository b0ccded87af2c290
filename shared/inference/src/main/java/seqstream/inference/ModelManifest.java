package seqstream.inference;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * model.json: everything a service needs to run a bundle besides the graphs themselves, and the record
 * of how the bundle was made.
 *
 * @param name          the bundle's name, which a service checks against the one it serves
 * @param formatVersion the layout of this file; a service refuses a version it does not know
 * @param graphs        role (such as "model") to ONNX file name, relative to the bundle folder
 * @param inputs        graph inputs as "name: type[shape]" lines, for people and for checks
 * @param outputs       graph outputs, likewise
 * @param vocabularies  symbol lists by role ("input", "output"); an index is a position in the list
 * @param preprocessing numbers and switches the serving code needs (sequence lengths, say)
 * @param training      seed, data fingerprint, steps and time: how to make this bundle again
 * @param evaluation    the figures measured when it was trained
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelManifest(
        String name,
        int formatVersion,
        Map<String, String> graphs,
        List<String> inputs,
        List<String> outputs,
        Map<String, List<String>> vocabularies,
        Map<String, Object> preprocessing,
        Map<String, Object> training,
        Map<String, Object> evaluation) {

    public static final int FORMAT_VERSION = 1;

    public List<String> vocabulary(String role) {
        List<String> symbols = vocabularies == null ? null : vocabularies.get(role);
        if (symbols == null || symbols.isEmpty()) {
            throw new ModelBundleException("model.json of '" + name + "' has no '" + role + "' vocabulary");
        }
        return symbols;
    }

    public int intParameter(String key) {
        Object value = preprocessing == null ? null : preprocessing.get(key);
        if (!(value instanceof Number number)) {
            throw new ModelBundleException("model.json of '" + name + "' has no number preprocessing." + key);
        }
        return number.intValue();
    }
}
