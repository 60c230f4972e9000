package cn.gov.sed.task.task;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import cn.gov.sed.platform.files.FileInfo;
import cn.gov.sed.platform.files.StoredFile;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "tasks", description = "battle-map tasks (挂图作战) and listed supervision of major hazards (挂牌督办)")
@SecurityRequirement(name = "bearer")
public class TaskResource {
    static final String CREATE_EXAMPLE = """
            {"campaign": "特种设备安全专项整治三年行动", "phase": "CONCENTRATED_TACKLING", "district": "120103",
             "title": "河西区住宅小区老旧电梯集中攻坚", "goal": "2027年6月底前老旧电梯重大隐患清零",
             "measures": "逐台排查曳引机制动器和门锁装置，督促物业单位落实“五落实”整改",
             "leadDepartment": "MARKET_SUPERVISION", "cooperatingDepartments": ["HOUSING", "CITY_MANAGEMENT"],
             "responsiblePerson": "张三", "dueDate": "2027-06-30",
             "milestones": [{"title": "完成全区老旧电梯排查", "dueDate": "2027-03-31"},
                            {"title": "完成重大隐患整改复查", "dueDate": "2027-06-30"}]}""";
    static final String PATCH_EXAMPLE = """
            {"status": "IN_PROGRESS", "responsiblePerson": "李四", "measures": "每周通报整改进度，逾期单位约谈"}""";
    static final String SUPERVISION_EXAMPLE = """
            {"date": "2026-11-20", "supervisor": "市专班 王五", "findings": "隐患台账不完整，两台电梯整改资金未落实",
             "rating": "FAIR"}""";
    static final String DOWNLOAD_TYPES = "a PDF, JPEG, PNG, HEIC, DOCX, XLSX or ZIP file";
    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "dueDate", "dueDate", "title", "title", "status", "status");

    @Inject
    PlanningTasks planning;
    @Inject
    FindingTasks finding;
    @Inject
    CompletingMilestones milestones;
    @Inject
    RecordingSupervisions supervisions;
    @Inject
    ArchivingMaterials materials;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createTask",
            summary = "Plan a task: the city anywhere or city-wide, a district bureau in its own district",
            description = "For the city (any district, or city-wide with no district) and district-admin (its own district only). "
                    + "Answers 201 with the created task, its milestones and traffic light, and a Location header; TaskAssigned is published.")
    @APIResponse(responseCode = "201", description = "the task; TaskAssigned is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "validation problem (unknown department, a date in the past, a text or list over its limit …)")
    @APIResponse(responseCode = "403", description = "a district outside the caller's scope")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TaskRequest.class),
            examples = @ExampleObject(name = "district task", summary = "a task of a district bureau with two time nodes",
                    value = CREATE_EXAMPLE)))
    public Response create(@Valid @NotNull TaskRequest request) {
        TaskView view = planning.plan(request);
        return Created.at(uriInfo, view.id(), view);
    }

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "listTasks",
            summary = "List tasks the caller may see (its district and the city-wide ones), newest first",
            description = "For city, district-admin and inspector: the city sees every task, a district role those of its district and the city-wide ones. "
                    + "Filters district, phase, status, overdue, responsiblePerson and hazardId; answers a page {items, page, size, total}.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "a bad filter or paging value")
    @APIResponse(responseCode = "403", description = "a district outside the caller's scope, or a role without tasks")
    public PageResponse<TaskView> list(
            // read as text so TaskFilter answers a 400 naming the field; the schemas state the types clients use
            @Parameter(description = "district code (区划代码, e.g. 120101): that district's tasks; a district role may name only its own (else 403)",
                    schema = @Schema(type = SchemaType.STRING))
            @QueryParam("district") String district,
            @Parameter(description = "the campaign phase", schema = @Schema(implementation = TaskPhase.class))
            @QueryParam("phase") String phase,
            @Parameter(description = "the task's status", schema = @Schema(implementation = TaskStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "true: only red (overdue) tasks; false: only the others",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "exactly this responsible person (责任人)", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("responsiblePerson") String responsiblePerson,
            @Parameter(description = "the listed supervision (挂牌督办) of this hazard",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("hazardId") String hazardId,
            @BeanParam PageParams page) {
        PageRequest request = PageRequest.of(page, SORTABLE, "-createdAt");
        return finding.list(TaskFilter.parse(district, phase, status, overdue, responsiblePerson, hazardId), request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "getTask",
            summary = "One task with its milestones and traffic light",
            description = "For city, district-admin and inspector, within the caller's scope (a task outside it is 404). "
                    + "Answers the task with its milestones, status and ragStatus, and its version as ETag.")
    @APIResponse(responseCode = "200", description = "the task, with ETag")
    @APIResponse(responseCode = "404", description = "no such task in the caller's scope")
    public TaskView get(@PathParam("id") UUID id) {
        return finding.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateTask",
            summary = "Change a task (status, responsible person, goal, measures …); If-Match optional",
            description = "For the city and district-admin (tasks of its own district; a city-wide task is changed by the city only). "
                    + "Answers the whole updated task; setting it DONE publishes TaskCompleted.")
    @APIResponse(responseCode = "200", description = "the changed task; DONE publishes TaskCompleted")
    @APIResponse(responseCode = "403", description = "a city-wide task, changed by the city only")
    @APIResponse(responseCode = "409", description = "illegal status change (a done task, open milestones)")
    @APIResponse(responseCode = "412", description = "stale If-Match")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TaskPatch.class),
            examples = @ExampleObject(name = "start and hand over", summary = "start the task under a new responsible person",
                    value = PATCH_EXAMPLE)))
    public TaskView change(@PathParam("id") UUID id, @Valid @NotNull TaskPatch request) {
        // the body parameter is called "request" so violations name the body's fields ("title", not "patch.title")
        return planning.change(id, request);
    }

    @POST
    @Path("/{id}/milestones/{milestoneId}/complete")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "completeMilestone",
            summary = "Mark a time node (时间节点) done",
            description = "For the city and district-admin, on a task within the caller's scope. "
                    + "Answers the whole updated task with its recalculated traffic light.")
    @APIResponse(responseCode = "200", description = "the whole task")
    @APIResponse(responseCode = "404", description = "no such task or milestone in the caller's scope")
    public TaskView completeMilestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId) {
        return milestones.complete(id, milestoneId);
    }

    @POST
    @Path("/{id}/supervisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "recordSupervision",
            summary = "Record a supervision (督导检查) of the lead department and responsible person",
            description = "For the city and district-admin, on a task within the caller's scope: {date, supervisor, findings, rating}. "
                    + "Answers 201 with the recorded supervision and a Location header.")
    @APIResponse(responseCode = "201", description = "the supervision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupervisionView.class)))
    @APIResponse(responseCode = "400", description = "validation problem (a date in the future, no supervisor …)")
    @APIResponse(responseCode = "404", description = "no such task in the caller's scope")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupervisionRequest.class),
            examples = @ExampleObject(name = "supervision", summary = "a supervision rated FAIR", value = SUPERVISION_EXAMPLE)))
    public Response supervise(@PathParam("id") UUID id, @Valid @NotNull SupervisionRequest request) {
        SupervisionView view = supervisions.record(id, request);
        return Created.at(uriInfo, view.id(), view);
    }

    @GET
    @Path("/{id}/supervisions")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "listSupervisions",
            summary = "The supervisions of a task, newest first",
            description = "For city, district-admin and inspector, on a task within the caller's scope. "
                    + "Answers a page {items, page, size, total} of the task's supervisions.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "404", description = "no such task in the caller's scope")
    public PageResponse<SupervisionView> supervisions(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return supervisions.list(id, PageRequest.of(page, Map.of("date", "date", "createdAt", "createdAt"),
                "-createdAt"));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "uploadTaskAttachment",
            summary = "Archive a work material (归档) with the task: the multipart part 'file', up to 50 MB",
            description = "For city, district-admin and inspector, on a task within the caller's scope. "
                    + "Answers 201 with {id, contentType, size, sha256} of the stored file.")
    @APIResponse(responseCode = "201", description = "{id, contentType, size, sha256} of the stored file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileInfo.class)))
    @APIResponse(responseCode = "400", description = "no file, an empty one, a type outside PDF/images/Office/ZIP")
    @APIResponse(responseCode = "404", description = "no such task in the caller's scope")
    public Response attach(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        FileInfo info = materials.attach(id, file);
        return Created.at(uriInfo, info.id(), info);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "getTaskAttachment",
            summary = "Download an archived work material",
            description = "For city, district-admin and inspector, on a task within the caller's scope. "
                    + "Answers the file with its content type and a Digest header carrying its SHA-256.")
    @APIResponse(responseCode = "200", description = "the file as archived: " + DOWNLOAD_TYPES,
            headers = @Header(name = "Digest", description = "sha-256=<hex SHA-256 of the file>",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "no such task or attachment in the caller's scope")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        StoredFile file = materials.attachment(id, attachmentId);
        return Response.ok(file.content()).type(file.contentType())
                .header("Digest", "sha-256=" + file.sha256())
                .build();
    }
}
