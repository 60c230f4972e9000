package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import cn.gov.sed.platform.http.Created;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.paging.PageParams;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.Problem;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** 制度措施清单: the institutional-measures list and its export. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "two lists", description = "两个清单: 问题隐患清单 and 制度措施清单")
@SecurityRequirement(name = "bearer")
@Idempotent
public class MeasureResource {
    static final List<String> HEADERS = List.of("标题", "类别", "内容", "针对检查项", "针对隐患类型", "针对设备类别",
            "牵头部门", "配合部门", "所属区", "完成时限", "状态", "文号");

    @Inject
    MeasureService service;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @POST
    @Path("measures")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createMeasure", summary = "Add a measure to the institutional-measures list",
            description = "City (city-wide or any district) or district-admin (its own district). Answers 201 with the measure and its Location.")
    @APIResponse(responseCode = "201", description = "the measure", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "400", description = "invalid measure", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "role not allowed, or a district outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeasureRequest.class),
            examples = @ExampleObject(name = "districtSystem", summary = "a district's standing rule on lift brakes",
                    value = "{\"title\": \"住宅电梯维保质量提升专项制度\", \"kind\": \"SYSTEM\", "
                            + "\"description\": \"物业服务企业每半月组织维保单位对住宅电梯制动器开展专项检查，检查记录存档备查\", "
                            + "\"addresses\": {\"checklistItems\": [\"G01\"], \"hazardTypes\": [\"MANAGEMENT_SYSTEM\"], "
                            + "\"equipmentCategories\": [\"3000\"]}, \"leadDepartment\": \"HOUSING\", "
                            + "\"cooperatingDepartments\": [\"MARKET_SUPERVISION\"], \"district\": \"120103\", "
                            + "\"dueDate\": \"2027-03-31\", \"status\": \"DRAFT\", "
                            + "\"documentNumber\": \"津市监特〔2026〕12号\"}")))
    public Response create(@Valid MeasureRequest request, @Context UriInfo uri) {
        MeasureView view = service.create(request);
        return Created.at(uri, view.id(), view);
    }

    @PUT
    @Path("measures/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateMeasure", summary = "Replace a measure",
            description = "City, or district-admin for a measure of its own district (city-wide measures are the city's). Replaces the whole measure and answers it.")
    @APIResponse(responseCode = "200", description = "the measure", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "400", description = "invalid measure", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "a city-wide measure, or a district outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "unknown or outside the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match is stale", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public MeasureView update(@PathParam("id") UUID id, @Valid MeasureRequest request) {
        return service.update(id, request);
    }

    @GET
    @Path("measures/{id}")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "getMeasure", summary = "One measure",
            description = "City, or district-admin for city-wide measures and those of its own district (others are 404). Answers the measure; the ETag carries its version.")
    @APIResponse(responseCode = "200", description = "the measure", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "404", description = "unknown or outside the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public MeasureView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("measures")
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "listMeasures", summary = "The measures the caller may see (paged; filters district ('city' for city-wide), kind, status)",
            description = "City, or district-admin (city-wide measures and those of its own district). Answers a page of measures.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "a bad filter or page", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PageResponse<MeasureView> list(@BeanParam MeasureFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page);
    }

    @GET
    @Path("measures-list")
    @Produces({MediaType.APPLICATION_JSON, Export.CSV, Export.XLSX})
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "exportMeasuresList", summary = "The institutional-measures list (制度措施清单): JSON array, or CSV / XLSX by Accept",
            description = "City, or district-admin (city-wide measures and those of its own district). Answers every measure the caller may see, never paged, as a JSON array or, by Accept, CSV or XLSX with Chinese headers.")
    @APIResponse(responseCode = "200", description = "every measure the caller may see: a JSON array of Measure, or by "
            + "Accept a CSV (UTF-8 with a BOM) or XLSX table with Chinese headers, as an attachment (Content-Disposition)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MeasureView.class)),
                    @Content(mediaType = Export.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", description = "an Accept the list cannot answer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response export(@BeanParam MeasureFilter filter, @HeaderParam("Accept") String accept) {
        Export.Format format = Export.format(accept);
        Where where = filter.toWhere(caller); // filter and scope checked now: a 4xx before any byte is written
        return Export.stream(format,
                () -> Measure.<Measure>find(where.hql(), Sort.ascending("district", "createdAt", "id"), where.hqlParams()),
                em, mapper, new Export.Layout<>("measures-list", "制度措施清单", HEADERS, MeasureView::of,
                        m -> row(MeasureView.of(m))));
    }

    /** A measure as a row of the list, as people read it. */
    static List<String> row(MeasureView m) {
        var reference = ReferenceData.get();
        List<String> row = new ArrayList<>(HEADERS.size());
        row.add(m.title());
        row.add(m.kind().label());
        row.add(m.description());
        row.add(m.addresses().checklistItems().stream()
                .map(c -> c + " " + ReferenceData.get().checklist().find(c).map(ChecklistEntry::contentZh).orElse("")).collect(Collectors.joining("；")));
        row.add(m.addresses().hazardTypes().stream().map(HazardType::label).collect(Collectors.joining("；")));
        row.add(m.addresses().equipmentCategories().stream()
                .map(c -> reference.equipmentCatalogue().codes().find(c).map(e -> e.nameZh()).orElse(c))
                .collect(Collectors.joining("；")));
        row.add(department(m.leadDepartment()));
        row.add(m.cooperatingDepartments().stream().map(MeasureResource::department).collect(Collectors.joining("；")));
        row.add(m.district() == null ? "全市" : reference.districts().find(m.district()).map(d -> d.nameZh()).orElse(m.district()));
        row.add(m.dueDate() == null ? "" : m.dueDate().toString());
        row.add(m.status().label());
        row.add(m.documentNumber());
        return row;
    }

    private static String department(String code) {
        return ReferenceData.get().departments().find(code).map(d -> d.nameZh()).orElse(code);
    }
}
