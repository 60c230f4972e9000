package cn.gov.sed.platform.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds {@code ETag: "<version>"} to every response whose body is a {@link Versioned} resource. */
public class ETagFilter {
    @ServerResponseFilter
    public void etag(ContainerResponseContext response) {
        if (response.getEntity() instanceof Versioned v && response.getStatus() < 300
                && !response.getHeaders().containsKey("ETag")) {
            response.getHeaders().putSingle("ETag", new EntityTag(String.valueOf(v.version())).toString());
        }
    }
}
