package cn.gov.sed.task.meeting;

import cn.gov.sed.platform.http.Created;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Joint meetings and symposiums; the use cases are {@link RecordingMeetings}. */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
@Tag(name = "meetings", description = "联席会 and 座谈会 with the industry authorities")
@SecurityRequirement(name = "bearer")
public class MeetingResource {
    static final String MEETING_EXAMPLE = """
            {"kind": "JOINT_MEETING", "date": "2026-11-20", "district": "120103", "departments": ["HOUSING", "EDUCATION"],
             "minutes": "通报全区电梯隐患排查整治进展，分析老旧住宅电梯曳引机制动器闸瓦磨损超标问题",
             "decisions": "住建委督促物业单位12月底前落实整改资金；教育委员会排查学校电梯"}""";
    @Inject
    RecordingMeetings meetings;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMeeting",
            summary = "Record a meeting (a district bureau: of its own district)",
            description = "For the city (any district or city-wide) and district-admin (its own district): a joint meeting or symposium "
                    + "{kind, date, district, departments, minutes, decisions}. Answers 201 with the meeting and a Location header.")
    @APIResponse(responseCode = "201", description = "the meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "validation problem (unknown department …)")
    @APIResponse(responseCode = "403", description = "another district")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeetingRequest.class),
            examples = @ExampleObject(name = "joint meeting", summary = "a district's joint meeting with two authorities",
                    value = MEETING_EXAMPLE)))
    public Response record(@Valid @NotNull MeetingRequest request) {
        MeetingView view = meetings.record(request);
        return Created.at(uriInfo, view.id(), view);
    }

    @GET
    @Operation(operationId = "listMeetings",
            summary = "Meetings: the city's all; a district bureau's its own and the city meetings; latest first",
            description = "For the city (every meeting) and district-admin (those of its district and the city-wide ones). "
                    + "Answers a page {items, page, size, total}.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public PageResponse<MeetingView> list(@BeanParam PageParams page) {
        return meetings.list(PageRequest.of(page, Map.of("date", "date", "createdAt", "createdAt"), "-date"));
    }
}
