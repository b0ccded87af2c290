package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * An improvised solo, on {@link Topics#JAZZ_GENERATED}: a standard MIDI file (solo and chords) in base64,
 * the number of solo notes, and the seed used (the request's, or the fresh one drawn for it).
 */
public record JazzResult(String id, double seconds, int tempo, String midi, int notes, long seed) {

    public static JazzResult fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, JazzResult.class);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("not a JazzResult: " + e.getOriginalMessage());
        }
    }

    /** The MIDI file's bytes. */
    public byte[] midiBytes() {
        return java.util.Base64.getDecoder().decode(midi);
    }

    @JsonProperty("version")
    public int version() {
        return Json.VERSION;
    }

    public String toJson() {
        return Json.write(this);
    }
}
