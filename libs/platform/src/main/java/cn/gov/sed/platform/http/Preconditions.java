package cn.gov.sed.platform.http;

import cn.gov.sed.platform.problem.ProblemException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code If-Match} is optional on PUT, PATCH and action POSTs; when sent and stale the request fails with 412
 * and changes nothing. Call it after loading the resource and before changing it.
 */
@ApplicationScoped
public class Preconditions {
    @Inject
    CurrentVertxRequest request;

    public void checkIfMatch(long currentVersion) {
        RoutingContext rc = request.getCurrent();
        String ifMatch = rc == null ? null : rc.request().getHeader("If-Match");
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                continue; // strong comparison: weak tags never match
            }
            if (t.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(currentVersion);
    }
}
