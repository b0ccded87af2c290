package seqstream.console.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import seqstream.console.service.KafkaGateway;
import seqstream.console.service.TriggerRecordings;
import seqstream.contracts.DateRequest;
import seqstream.contracts.EmbeddingRequest;
import seqstream.contracts.InvalidMessageException;
import seqstream.contracts.JazzRequest;
import seqstream.contracts.JazzResult;
import seqstream.contracts.Json;
import seqstream.contracts.NameRequest;
import seqstream.contracts.TextMessage;
import seqstream.contracts.Topics;
import seqstream.music.WavRenderer;

/**
 * What the page asks, each sent through Kafka to the service that answers it: the request is checked here
 * with the service's own contract (a bad one is a 400 before it travels), then produced under a key of its
 * own; the service's answer (or refusal, or silence) comes back as the HTTP answer.
 */
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleResource {
    private final KafkaGateway kafka;
    private final TriggerRecordings recordings;

    public ConsoleResource(KafkaGateway kafka, TriggerRecordings recordings) {
        this.kafka = kafka;
        this.recordings = recordings;
    }

    @POST
    @Path("/dates")
    @Operation(summary = "A date through the date translator, with its attention map: {\"text\": \"Saturday May 9 2018\"}")
    public String date(JsonNode body) {
        String key = kafka.nextKey("date");
        DateRequest request = new DateRequest(key, text(body, "text"), true);
        return kafka.ask(Topics.DATES_RAW, key, request.toJson(), "date translator");
    }

    @POST
    @Path("/emojify")
    @Operation(summary = "A sentence through the emojifier: {\"text\": \"food is life\"}")
    public String emojify(JsonNode body) {
        String key = kafka.nextKey("text");
        return kafka.ask(Topics.TEXT_MESSAGES, key, new TextMessage(key, text(body, "text")).toJson(), "emojifier");
    }

    @POST
    @Path("/names")
    @Operation(summary = "Dinosaur names: {\"count\": 5, \"temperature\": 1.0, \"seed\": 42, \"prefix\": \"Tyr\"}")
    public String names(JsonNode body) {
        String key = kafka.nextKey("names");
        // The service's own reading of a request: the same checks, the same defaults.
        NameRequest request = NameRequest.fromJson(withId(body, key), key);
        return kafka.ask(Topics.NAMES_REQUESTS, key, request.toJson(), "name generator");
    }

    @POST
    @Path("/vectors")
    @Operation(summary = "A word-vector question: {\"op\": \"neighbors\", \"words\": [\"frog\"], \"k\": 5}")
    public String vectors(JsonNode body) {
        String key = kafka.nextKey("vectors");
        EmbeddingRequest request = EmbeddingRequest.fromJson(withId(body, key), key);
        return kafka.ask(Topics.EMBEDDINGS_REQUESTS, key, request.toJson(), "embedding lookup");
    }

    @POST
    @Path("/jazz")
    @Produces("audio/wav")
    @Operation(summary = "A solo from the jazz generator, rendered to WAV: {\"seconds\": 20, \"seed\": 7, \"tempo\": 130}")
    public Response jazz(JsonNode body) {
        String key = kafka.nextKey("jazz");
        JazzRequest request = JazzRequest.fromJson(withId(body, key), key);
        JazzResult result = JazzResult.fromJson(kafka.ask(Topics.JAZZ_REQUESTS, key, request.toJson(), "jazz generator"));
        return Response.ok(WavRenderer.render(result.midiBytes()), "audio/wav").header("X-Seed", result.seed())
                .header("X-Notes", result.notes()).build();
    }

    @POST
    @Path("/trigger")
    @Consumes({"audio/wav", "audio/x-wav", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "A WAV recording through the trigger detector: its detections and its spectrogram")
    public TriggerRecordings.Heard trigger(byte[] wav) {
        return recordings.listen(wav);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidMessageException("'" + field + "' must be a string");
        }
        return value.asText();
    }

    /** The body with the console's key as its id, whatever id the page sent. */
    private static String withId(JsonNode body, String key) {
        if (body == null || !body.isObject()) {
            throw new InvalidMessageException("expected a JSON object");
        }
        return Json.write(((ObjectNode) body.deepCopy()).put("id", key));
    }
}
