package seqstream.names.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import seqstream.contracts.NameRequest;
import seqstream.contracts.NamesResult;
import seqstream.names.service.NameGenerationService;
import seqstream.messaging.rest.QueryParameters;

/** The Kafka flow's operation, answered synchronously. */
@Path("/names")
@Produces(MediaType.APPLICATION_JSON)
public class NameResource {
    private final NameGenerationService service;

    public NameResource(NameGenerationService service) {
        this.service = service;
    }

    /** {"count": 10, "temperature": 1.0, "seed": 42, "prefix": "Tyr"}, every field optional. */
    public record GenerateRequest(Integer count, Double temperature, Long seed, String prefix) {
    }

    @POST
    @Path("/generate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate dinosaur names; the same seed gives the same names")
    public NamesResult generate(GenerateRequest body) {
        GenerateRequest request = body == null ? new GenerateRequest(null, null, null, null) : body;
        return generate(request.count(), request.temperature(), request.seed(), request.prefix());
    }

    /** Query parameters come as text: {@link QueryParameters} parses them, so a bad number is a 400 that names it. */
    @GET
    @Operation(summary = "Generate dinosaur names (query parameters count, temperature, seed, prefix)")
    public NamesResult generateGet(@QueryParam("count") @DefaultValue("1") String count,
            @QueryParam("temperature") @DefaultValue("1.0") String temperature, @QueryParam("seed") String seed,
            @QueryParam("prefix") String prefix) {
        return generate(QueryParameters.clampedInt("count", count), QueryParameters.number("temperature", temperature),
                seed == null ? null : QueryParameters.wholeNumber("seed", seed), prefix);
    }

    private NamesResult generate(Integer count, Double temperature, Long seed, String prefix) {
        NameRequest request = new NameRequest(UUID.randomUUID().toString(), count == null ? 1 : count,
                temperature == null ? 1.0 : temperature, seed, prefix);
        return service.generate(List.of(request)).getFirst();
    }
}
