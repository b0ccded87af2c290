package seqstream.messaging.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import seqstream.contracts.InvalidMessageException;
import seqstream.inference.ModelUnavailableException;

/** Every service's REST errors, as JSON a client can act on: {"error": "..."} (400 bad input, 503 no model). */
public class ErrorMappers {

    public record ErrorBody(String error) {
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidMessageException e) {
        return json(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response modelUnavailable(ModelUnavailableException e) {
        return json(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
    }

    private static Response json(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorBody(message)).build();
    }
}
