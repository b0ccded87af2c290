package seqstream.messaging.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import seqstream.messaging.StrictUtf8;

/**
 * JSON request bodies must be UTF-8, as Kafka values must: the JSON reader would otherwise take a body with
 * broken bytes, replace them, and answer a request nobody sent. Bodies are small (the HTTP limit bounds them).
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            StrictUtf8.decode(body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
