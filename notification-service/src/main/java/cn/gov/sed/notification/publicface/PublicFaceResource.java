package cn.gov.sed.notification.publicface;

import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The public face of publicity (宣传), open to anyone without a token: the publications PUBLISHED on the WEBSITE
 * channel as an Atom feed (the latest {@value #FEED_SIZE}) and as pages in Chinese ({@value #PAGE_SIZE} a page). Thin:
 * {@link FindingPublicPublications} reads, {@link PublicRepresentation} renders and adds the caching headers.
 */
@Path("/public")
@PermitAll
@Idempotent
@Tag(name = "public face", description = "公开发布: the published website publications, for everyone, without a token")
public class PublicFaceResource {
    static final int FEED_SIZE = 50;
    static final int PAGE_SIZE = 20;
    /** Pages beyond this are refused: the public page is for reading the news, not for walking a million rows. */
    static final int MAX_PAGE = 500;
    static final String ATOM = "application/atom+xml; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    @CheckedTemplate(basePath = "public")
    static class Templates {
        static native TemplateInstance feed(String base, String updated, List<PublicPublication> items);

        static native TemplateInstance list(String base, List<PublicPublication> items, int page,
                                            boolean hasPrevious, int previousPage, boolean hasNext, int nextPage);

        static native TemplateInstance publication(String base, PublicPublication p);
    }

    @Inject
    FindingPublicPublications publications;
    @ConfigProperty(name = "sed.publicity.public-base-url")
    Optional<String> publicBaseUrl;
    @Context
    UriInfo uriInfo;
    @Context
    Request request;

    @GET
    @Path("/publications.atom")
    @Produces(ATOM)
    @Operation(operationId = "getPublicationsFeed", summary = "Atom feed of the published website publications",
            description = "Open to anyone (no token). Answers an Atom 1.0 feed (application/atom+xml, UTF-8) of the"
                    + " latest 50 publications PUBLISHED on the WEBSITE channel, newest first: title, type, district,"
                    + " date and text as approved. With ETag and Last-Modified (304 on If-None-Match or"
                    + " If-Modified-Since) and Cache-Control: public.")
    @APIResponse(responseCode = "200", description = "the Atom feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "not modified since the ETag or date given")
    public Response feed() {
        List<PublicPublication> items = publications.latest(0, FEED_SIZE);
        String updated = items.isEmpty() ? "1970-01-01T08:00+08:00" : items.get(0).updated();
        return PublicRepresentation.of(Templates.feed(base(), updated, items).render(), ATOM, items)
                .respond(request);
    }

    @GET
    @Path("/publications")
    @Produces(HTML)
    @Operation(operationId = "listPublishedPublications",
            summary = "Web page of the published website publications, in Chinese, 20 a page",
            description = "Open to anyone (no token). Answers an HTML page in Chinese (text/html, UTF-8) listing the"
                    + " publications PUBLISHED on the WEBSITE channel, newest first, 20 a page (page 1 to 500). With"
                    + " ETag, Last-Modified and Cache-Control: public.")
    @APIResponse(responseCode = "200", description = "the page",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "not modified since the ETag or date given")
    @APIResponse(responseCode = "400", ref = "ValidationProblem")
    public Response page(@Parameter(description = "the page, from 1 (the newest) to 500",
                                 schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500",
                                         defaultValue = "1"))
                         @QueryParam("page") String page) {
        int number = pageNumber(page);
        List<PublicPublication> slice = publications.latest((number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean hasNext = slice.size() > PAGE_SIZE && number < MAX_PAGE;
        List<PublicPublication> items = slice.subList(0, Math.min(PAGE_SIZE, slice.size()));
        return PublicRepresentation.of(Templates.list(pageBase(), items, number, number > 1, number - 1, hasNext,
                number + 1).render(), HTML,
                items).respond(request);
    }

    @GET
    @Path("/publications/{id}")
    @Produces(HTML)
    @Operation(operationId = "getPublishedPublication", summary = "Web page of one published website publication",
            description = "Open to anyone (no token). Answers the publication as an HTML page in Chinese when it is"
                    + " PUBLISHED on the WEBSITE channel; 404 otherwise (unknown, not yet published or not for the"
                    + " website alike).")
    @APIResponse(responseCode = "200", description = "the page",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "not modified since the ETag or date given")
    @APIResponse(responseCode = "404", ref = "NotFoundProblem")
    public Response publication(@Parameter(description = "the publication's id", schema = @Schema(format = "uuid"))
                                @PathParam("id") String id) {
        PublicPublication p = parse(id).flatMap(publications::one)
                .orElseThrow(() -> ProblemException.notFound("publication"));
        return PublicRepresentation.of(Templates.publication(pageBase(), p).render(), HTML, List.of(p)).respond(request);
    }

    private static int pageNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ValidationException.of("page", "a page from 1 to " + MAX_PAGE);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Links of the pages: under the operator's public address when configured, else relative to this host, so a
     * forged Host header never lands in a page a shared cache keeps.
     */
    private String pageBase() {
        return publicBaseUrl.filter(u -> !u.isBlank()).map(u -> u.strip().replaceAll("/+$", "")).orElse("");
    }

    /**
     * The feed's absolute links (Atom wants IRIs): the operator's public address when configured (set it in
     * production: the request's own address follows its Host header), else the address the request came to.
     */
    private String base() {
        return publicBaseUrl.filter(u -> !u.isBlank()).map(u -> u.strip().replaceAll("/+$", ""))
                .orElseGet(() -> uriInfo.getBaseUri().toString().replaceAll("/+$", ""));
    }
}
