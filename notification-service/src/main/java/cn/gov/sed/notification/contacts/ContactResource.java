package cn.gov.sed.notification.contacts;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.notification.routing.RecipientType;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "contacts", description = "the contact directory: e-mail and phone of district roles, inspectors,"
        + " departments and users, for notifications by e-mail and SMS")
@SecurityRequirement(name = "bearer")
public class ContactResource {
    private static final Map<String, String> SORTABLE = Map.of("updatedAt", "updatedAt", "recipient", "recipient",
            "district", "district");

    @Inject
    MaintainingContacts contacts;

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "listContacts", summary = "The contact directory of the caller's scope",
            description = "City (every entry) and district-admin (its district's entries). Answers a page {items,"
                    + " page, size, total}, most recently changed first, optionally filtered by recipientType and"
                    + " district (another district's filter answers an empty page for a district bureau).")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "an unknown recipientType or district, a bad paging value")
    public PageResponse<ContactView> list(@Parameter(description = "only entries of this addressee type",
                                                  schema = @Schema(implementation = RecipientType.class))
                                          @QueryParam("recipientType") String recipientType,
                                          @Parameter(description = "only entries of this district (6 digits)",
                                                  schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                                          @QueryParam("district") String district,
                                          @BeanParam PageParams page) {
        QueryParams q = new QueryParams();
        RecipientType type = q.enumOf(RecipientType.class, recipientType, "recipientType");
        String d = QueryParams.blankToNull(district);
        if (d != null && !ReferenceData.get().districts().contains(d)) {
            q.add("district", "unknown district");
        }
        q.throwIfAny();
        return contacts.list(type, d, PageRequest.of(page, SORTABLE, "-updatedAt"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateContact", summary = "Create or replace the entry of one addressee",
            description = "City (any entry) and district-admin (entries of its own district only: another district"
                    + " or a city-level entry is 403). The addressee is (recipientType, recipient, district); its"
                    + " entry is created or replaced whole and answered. If-Match is checked when the entry exists.")
    @APIResponse(responseCode = "200", description = "the entry as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "a bad e-mail or phone, an unknown district or department,"
            + " a unit, a role that is not district-admin, inspector or city, a text over its limit")
    @APIResponse(responseCode = "403", description = "a district bureau naming another district or a city-level entry")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version of the existing entry; nothing"
            + " changed", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "#/components/schemas/Problem")))
    @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = false, description = "optional; the ETag last"
            + " read (\"<version>\") of the addressee's entry when it exists: a stale one is 412 and changes nothing",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    public ContactView put(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactRequest.class),
            examples = @ExampleObject(name = "districtAdmin", summary = "the district bureau's duty desk",
                    value = "{\"recipientType\": \"ROLE\", \"recipient\": \"district-admin\", \"district\": \"120101\","
                            + " \"name\": \"和平区市场监管局特种设备科\", \"email\": \"tzsb@hp.tj.gov.cn\","
                            + " \"phone\": \"13802001234\", \"channels\": [\"EMAIL\", \"SMS\"]}")))
                           @Valid @NotNull ContactRequest request) {
        return contacts.put(request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "getContact", summary = "One entry of the contact directory",
            description = "City (any) and district-admin (its district's); 404 outside the caller's scope.")
    @APIResponse(responseCode = "200", description = "the entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "no such entry in the caller's scope")
    public ContactView get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                           @PathParam("id") String id) {
        return contacts.get(uuid(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "deleteContact", summary = "Remove an entry: its addressee gets its inbox only",
            description = "City (any) and district-admin (its district's); 404 outside the caller's scope; 204.")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such entry in the caller's scope")
    public void delete(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                       @PathParam("id") String id) {
        contacts.delete(uuid(id));
    }

    private static UUID uuid(String id) {
        if (!QueryParams.isUuid(id)) {
            throw ProblemException.notFound("contact");
        }
        return UUID.fromString(id);
    }
}
