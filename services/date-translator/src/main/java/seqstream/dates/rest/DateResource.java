package seqstream.dates.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import seqstream.contracts.DateRequest;
import seqstream.contracts.DateResult;
import seqstream.contracts.InvalidMessageException;
import seqstream.dates.service.DateTranslationService;

/** The Kafka flow's operation, answered synchronously. */
@Path("/dates")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DateResource {
    /** A list larger than this is refused: it would hold one request thread for too long. */
    public static final int MAX_BATCH = 1024;

    private final DateTranslationService service;

    public DateResource(DateTranslationService service) {
        this.service = service;
    }

    /** {"text": "...", "id": optional} */
    public record TranslateRequest(String id, String text) {
    }

    /** {"texts": ["...", ...]} */
    public record TranslateBatchRequest(List<String> texts) {
    }

    @POST
    @Path("/translate")
    @Operation(summary = "Translate one date to ISO (yyyy-MM-dd)")
    public DateResult translate(TranslateRequest body) {
        if (body == null) {
            throw new InvalidMessageException("expected a JSON object such as {\"text\": \"Saturday May 9 2018\"}");
        }
        return service.translate(List.of(request(body.id(), body.text()))).getFirst();
    }

    @POST
    @Path("/translate/batch")
    @Operation(summary = "Translate a list of dates, in order, in one inference call")
    public List<DateResult> translateBatch(TranslateBatchRequest body) {
        if (body == null || body.texts() == null) {
            throw new InvalidMessageException("expected {\"texts\": [\"...\", ...]}");
        }
        if (body.texts().size() > MAX_BATCH) {
            throw new InvalidMessageException(body.texts().size() + " texts; at most " + MAX_BATCH + " per request");
        }
        List<DateRequest> requests = new ArrayList<>();
        for (int i = 0; i < body.texts().size(); i++) {
            try {
                requests.add(request(null, body.texts().get(i)));
            } catch (InvalidMessageException e) {
                throw new InvalidMessageException("texts[" + i + "]: " + e.getMessage());
            }
        }
        return service.translate(requests);
    }

    private static DateRequest request(String id, String text) {
        return new DateRequest(id == null || id.isBlank() ? UUID.randomUUID().toString() : id, text);
    }
}
