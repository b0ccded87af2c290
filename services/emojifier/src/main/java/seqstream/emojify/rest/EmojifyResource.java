package seqstream.emojify.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import seqstream.contracts.EmojifiedText;
import seqstream.contracts.InvalidMessageException;
import seqstream.contracts.TextMessage;
import seqstream.emojify.service.EmojifyService;

/** The Kafka flow's operation, answered synchronously. */
@Path("/emojify")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EmojifyResource {
    /** A list larger than this is refused: it would hold one request thread for too long. */
    public static final int MAX_BATCH = 1024;

    private final EmojifyService service;

    public EmojifyResource(EmojifyService service) {
        this.service = service;
    }

    /** {"text": "...", "id": optional} */
    public record EmojifyRequest(String id, String text) {
    }

    /** {"texts": ["...", ...]} */
    public record EmojifyBatchRequest(List<String> texts) {
    }

    @POST
    @Operation(summary = "Pick the emoji for one sentence")
    public EmojifiedText emojify(EmojifyRequest body) {
        if (body == null) {
            throw new InvalidMessageException("expected a JSON object such as {\"text\": \"food is life\"}");
        }
        return service.emojify(List.of(message(body.id(), body.text()))).getFirst();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Pick the emoji for a list of sentences, in order, in one inference call")
    public List<EmojifiedText> emojifyBatch(EmojifyBatchRequest body) {
        if (body == null || body.texts() == null) {
            throw new InvalidMessageException("expected {\"texts\": [\"...\", ...]}");
        }
        if (body.texts().size() > MAX_BATCH) {
            throw new InvalidMessageException(body.texts().size() + " texts; at most " + MAX_BATCH + " per request");
        }
        List<TextMessage> messages = new ArrayList<>();
        for (int i = 0; i < body.texts().size(); i++) {
            try {
                messages.add(service.checkWords(message(null, body.texts().get(i))));
            } catch (InvalidMessageException e) {
                throw new InvalidMessageException("texts[" + i + "]: " + e.getMessage());
            }
        }
        return service.emojify(messages);
    }

    private static TextMessage message(String id, String text) {
        return new TextMessage(id == null || id.isBlank() ? UUID.randomUUID().toString() : id, text);
    }
}
