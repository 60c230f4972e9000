package cn.gov.sed.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code 201 Created} with {@code Location} and the created resource. */
public final class Created {
    private Created() {
    }

    public static Response at(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body).build();
    }

    public static Response atPath(UriInfo uri, String path, Object body) {
        return Response.created(uri.getBaseUriBuilder().path(path).build()).entity(body).build();
    }
}
