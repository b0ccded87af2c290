package seqstream.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * "activate" heard, on {@link Topics#TRIGGER_DETECTIONS}, keyed by stream id: {@code endMs} is when the word
 * ended, in milliseconds of audio from the start of the stream (as the detector received it), {@code score}
 * the model's score, {@code model} the bundle's name and version.
 */
public record TriggerDetection(String streamId, long endMs, double score, String model) {

    public static TriggerDetection fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, TriggerDetection.class);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("not a TriggerDetection: " + e.getOriginalMessage());
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
