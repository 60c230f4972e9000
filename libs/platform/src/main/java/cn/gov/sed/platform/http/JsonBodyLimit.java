package cn.gov.sed.platform.http;

import cn.gov.sed.platform.io.BoundedInputStream;
import cn.gov.sed.platform.problem.Problem;
import cn.gov.sed.platform.validation.Limits;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;


/**
 * A JSON body over 1 MB is refused with 413 before it is parsed (API.md, v1.1 "bodies"). Uploads keep their own,
 * larger limits: the HTTP server's {@code quarkus.http.limits.max-body-size} bounds every body, and this filter
 * bounds JSON ones within it. A body with a {@code Content-Length} is judged by it; a chunked one is counted
 * while it is read.
 */
public class JsonBodyLimit {
    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !isJson(type)) {
            return null;
        }
        String length = request.getHeaderString("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > Limits.JSON_BODY_BYTES) {
                    return tooLarge(request.getUriInfo().getRequestUri().getRawPath());
                }
                return null;
            } catch (NumberFormatException e) {
                return null; // the HTTP server refuses a malformed length itself
            }
        }
        // a chunked body is counted while it is read
        request.setEntityStream(new BoundedInputStream(request.getEntityStream(), Limits.JSON_BODY_BYTES,
                () -> new WebApplicationException("a JSON body may be at most " + Limits.JSON_BODY_BYTES + " bytes", 413)));
        return null;
    }

    static boolean isJson(MediaType type) {
        return type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json");
    }

    private static Response tooLarge(String path) {
        return new Problem("payload-too-large", "Payload too large", 413,
                "a JSON body may be at most " + Limits.JSON_BODY_BYTES + " bytes").instance(path).toResponse();
    }
}
