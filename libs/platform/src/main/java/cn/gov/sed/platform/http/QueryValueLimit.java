package cn.gov.sed.platform.http;

import cn.gov.sed.platform.paging.CursorPageParams;
import cn.gov.sed.platform.problem.Problem;
import cn.gov.sed.platform.problem.Violation;
import cn.gov.sed.platform.validation.Limits;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * A query parameter value over {@link Limits#QUERY_VALUE} characters is a 400 naming the parameter, before any
 * resource parses it: no filter of ours needs more, and the spec documents it as {@code maxLength} on every string
 * query parameter (API.md v1.1: typed and bounded query parameters). A paging cursor ({@code after}) may be
 * longer, up to {@link CursorPageParams#MAX_CURSOR}.
 */
public class QueryValueLimit {
    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            // a paging cursor carries one row's sort values (a long name included): it has a limit of its own
            int limit = "after".equals(parameter.getKey()) ? CursorPageParams.MAX_CURSOR : Limits.QUERY_VALUE;
            for (String value : parameter.getValue()) {
                if (value != null && value.length() > limit) {
                    String message = "may be at most " + limit + " characters";
                    return new Problem("validation", "Invalid request", 400, parameter.getKey() + ": " + message)
                            .with("violations", List.of(new Violation(parameter.getKey(), message)))
                            .instance(request.getUriInfo().getRequestUri().getRawPath()).toResponse();
                }
            }
        }
        return null;
    }
}
