package seqstream.console.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import seqstream.console.service.NoReplyException;
import seqstream.console.service.RefusedException;
import seqstream.contracts.InvalidMessageException;

/** The page's errors as {"error": "..."}: 400 bad input (ours or the service's refusal), 504 no answer in time. */
public class ConsoleErrors {

    public record ErrorBody(String error) {
    }

    @ServerExceptionMapper
    public Response invalid(InvalidMessageException e) {
        return json(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response refused(RefusedException e) {
        return json(Response.Status.BAD_REQUEST, "refused by the service: " + e.getMessage());
    }

    @ServerExceptionMapper
    public Response noReply(NoReplyException e) {
        return json(Response.Status.GATEWAY_TIMEOUT, e.getMessage());
    }

    private static Response json(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorBody(message)).build();
    }
}
