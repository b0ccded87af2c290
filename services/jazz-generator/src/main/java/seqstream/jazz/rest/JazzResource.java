package seqstream.jazz.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import seqstream.contracts.JazzRequest;
import seqstream.contracts.JazzResult;
import seqstream.jazz.service.JazzGenerationService;
import seqstream.messaging.rest.QueryParameters;
import seqstream.music.WavRenderer;

/**
 * The Kafka flow's operation, answered synchronously: the solo as MIDI ({@code Accept: audio/midi}), as audio
 * rendered by the JDK's synthesizer ({@code audio/wav}), or as the Kafka answer itself ({@code application/json}).
 */
@Path("/jazz")
public class JazzResource {
    public static final String MIDI = "audio/midi";
    public static final String WAV = "audio/wav";

    private final JazzGenerationService service;

    public JazzResource(JazzGenerationService service) {
        this.service = service;
    }

    /** {"seconds": 60, "temperature": 1.0, "seed": 42, "tempo": 130}, every field optional. */
    public record GenerateRequest(Double seconds, Double temperature, Long seed, Integer tempo) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MIDI, WAV, MediaType.APPLICATION_JSON})
    @Operation(summary = "Improvise a solo; the Accept header chooses MIDI, WAV or JSON; the same seed gives the same music")
    public Response generate(GenerateRequest body, @HeaderParam("Accept") String accept) {
        GenerateRequest request = body == null ? new GenerateRequest(null, null, null, null) : body;
        return answer(request.seconds(), request.temperature(), request.seed(), request.tempo(), accept);
    }

    /** Query parameters come as text: {@link QueryParameters} parses them, so a bad number is a 400 that names it. */
    @GET
    @Produces({MIDI, WAV, MediaType.APPLICATION_JSON})
    @Operation(summary = "Improvise a solo (query parameters seconds, temperature, seed, tempo)")
    public Response generateGet(@QueryParam("seconds") String seconds, @QueryParam("temperature") String temperature,
            @QueryParam("seed") String seed, @QueryParam("tempo") String tempo, @HeaderParam("Accept") String accept) {
        return answer(seconds == null ? null : QueryParameters.number("seconds", seconds),
                temperature == null ? null : QueryParameters.number("temperature", temperature),
                seed == null ? null : QueryParameters.wholeNumber("seed", seed), tempo == null ? null : QueryParameters.clampedInt("tempo", tempo),
                accept);
    }

    private Response answer(Double seconds, Double temperature, Long seed, Integer tempo, String accept) {
        JazzRequest request = new JazzRequest(UUID.randomUUID().toString(), seconds == null ? JazzRequest.DEFAULT_SECONDS : seconds,
                temperature == null ? 1.0 : temperature, seed, tempo == null ? JazzRequest.DEFAULT_TEMPO : tempo);
        JazzResult result = service.generate(List.of(request)).getFirst();
        String type = chosenType(accept);
        Response.ResponseBuilder response = switch (type) {
            case MIDI -> Response.ok(result.midiBytes(), MIDI);
            case WAV -> Response.ok(WavRenderer.render(result.midiBytes()), WAV);
            default -> Response.ok(result, MediaType.APPLICATION_JSON);
        };
        return response.header("X-Seed", result.seed()).header("X-Notes", result.notes()).build();
    }

    /** MIDI unless the client asks for WAV or JSON first. */
    private static String chosenType(String accept) {
        if (accept == null) {
            return MIDI;
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals(MIDI) || type.equals("audio/x-midi")) {
                return MIDI;
            }
            if (type.equals(WAV) || type.equals("audio/x-wav") || type.equals("audio/wave")) {
                return WAV;
            }
            if (type.equals(MediaType.APPLICATION_JSON)) {
                return MediaType.APPLICATION_JSON;
            }
        }
        return MIDI;
    }
}
