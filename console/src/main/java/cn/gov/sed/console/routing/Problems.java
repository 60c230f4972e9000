package cn.gov.sed.console.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** RFC 9457 problems the console answers itself (the services answer their own). */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Buffer body(String slug, String title, int status, String detail) {
        return new JsonObject().put("type", "/problems/" + slug).put("title", title).put("status", status)
                .put("detail", detail).toBuffer();
    }
}
