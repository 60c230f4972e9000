package cn.gov.sed.platform;

import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.platform.http.Created;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.http.Versioned;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.paging.CursorPageParams;
import cn.gov.sed.platform.paging.KeysetPages;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A tiny resource used only by the platform's own tests. */
@Path("/test/notes")
@Idempotent
public class TestNoteResource {
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Caller caller;
    @Inject
    Preconditions preconditions;
    @Inject
    KeysetPages pages;

    public record NoteRequest(@NotBlank @Size(max = 4000) String text, Integer count, Kind kind,
                              cn.gov.sed.contracts.vocabulary.Severity severity) {
    }

    public enum Kind { A, B }

    public record NoteView(UUID id, String district, String text, long version) implements Versioned {
    }

    @POST
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Transactional
    public Response create(@Valid NoteRequest body, @Context UriInfo uri) {
        UUID id = UUID.randomUUID();
        String district = caller.district() == null ? "120101" : caller.district();
        em.createNativeQuery("INSERT INTO test_note (id, district, text) VALUES (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, district).setParameter(3, body.text()).executeUpdate();
        outbox.record(new HazardRemoved(district, id, body.text(), null));
        if (body.text().equals("fail-at-commit")) {
            // a row whose foreign key is checked only at commit: the whole transaction rolls back then
            em.createNativeQuery("INSERT INTO test_deferred (id, note) VALUES (?1, ?2)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.randomUUID()).executeUpdate();
        }
        return Created.at(uri, id, new NoteView(id, district, body.text(), 0));
    }

    @POST
    @Path("/{id}/touch")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Transactional
    public NoteView touch(@PathParam("id") UUID id) {
        Object[] row = find(id);
        preconditions.checkIfMatch(((Number) row[3]).longValue());
        em.createNativeQuery("UPDATE test_note SET version = version + 1 WHERE id = ?1").setParameter(1, id)
                .executeUpdate();
        outbox.record(new HazardRemoved((String) row[1], id, "touched", null)); // a later event of the same aggregate
        row = find(id);
        return new NoteView(id, (String) row[1], (String) row[2], ((Number) row[3]).longValue());
    }

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    public Map<String, Object> list(@BeanParam PageParams page) {
        PageRequest request = PageRequest.of(page, Map.of("text", "text", "created", "created"), "-created");
        return Map.of("page", request.page(), "size", request.size());
    }

    @GET
    @Path("/page")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    public cn.gov.sed.platform.paging.PageResponse<UUID> page(@BeanParam PageParams page) {
        PageRequest request = PageRequest.of(page, Map.of("text", "text", "created", "created"), "-created");
        return cn.gov.sed.platform.paging.PageResponse.of(TestNote.<TestNote>findAll(request.sort()), request, (TestNote n) -> n.id);
    }

    /** The notes of the caller's district, paged by number or cursor (KeysetPages). */
    @GET
    @Path("/keyset")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Transactional
    public cn.gov.sed.platform.paging.PageResponse<UUID> keyset(@BeanParam CursorPageParams page) {
        PageRequest request = PageRequest.keyset(page, Map.of("text", "text", "created", "created"), "-created");
        Where where = new Where().eq("district", caller.district());
        return pages.page(TestNote.class, where, request,
                (w, sort) -> TestNote.<TestNote>find(w.hql(), sort, w.hqlParams()), (TestNote n) -> n.id);
    }

    @GET
    @Path("/count")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM test_note").getSingleResult()).longValue();
    }

    @GET
    @Path("/handled/{hazardId}")
    @RolesAllowed({Roles.CITY})
    public long handled(@PathParam("hazardId") UUID hazardId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM test_handled WHERE hazard_id = ?1")
                .setParameter(1, hazardId).getSingleResult()).longValue();
    }

    private Object[] find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, district, text, version FROM test_note WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("note");
        }
        return rows.get(0);
    }
}
