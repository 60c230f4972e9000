package cn.gov.sed.console.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses a path that means something else once decoded or normalised, before any route sees it: a dot segment
 * ({@code /api/v1/../q/health}), an encoded slash, backslash, dot or NUL, an empty segment. A router normalises such a
 * path to pick the route, while the proxy would pass the raw one on; refusing it keeps "what the console checked" and
 * "what the service receives" the same. Browsers and HTTP clients never send such paths for links they build.
 */
@ApplicationScoped
public class PathGuard {
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|$)");

    void guard(@Observes Filters filters) {
        filters.register(rc -> {
            String uri = rc.request().uri();
            int query = uri.indexOf('?');
            String path = query < 0 ? uri : uri.substring(0, query);
            if (isTrick(path)) {
                rc.response().setStatusCode(400).putHeader("Content-Type", Problems.MEDIA_TYPE)
                        .end(Problems.body("bad-path", "Bad Request", 400,
                                "the path has a dot segment, an encoded separator or an empty segment"));
                return;
            }
            rc.next();
        }, 1000);
    }

    static boolean isTrick(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return !rawPath.startsWith("/") || rawPath.contains("//") || rawPath.contains("\\")
                || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%00")
                || DOT_SEGMENT.matcher(rawPath).find() || rawPath.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
