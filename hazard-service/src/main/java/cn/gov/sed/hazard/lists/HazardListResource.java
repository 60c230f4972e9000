package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.Labelled;
import cn.gov.sed.contracts.vocabulary.Zones;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.hazard.hazard.EnforcementActionRecord;
import cn.gov.sed.hazard.hazard.Hazard;
import cn.gov.sed.hazard.hazard.HazardFilter;
import cn.gov.sed.hazard.hazard.HazardView;
import cn.gov.sed.hazard.rectification.Plan;
import cn.gov.sed.hazard.rectification.Verification;
import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.problem.Problem;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** 问题隐患清单: every listed hazard (verified ones shown as closed), as JSON, CSV or XLSX, streamed ({@link Export}). */
@Path("/api/v1/hazard-list")
@Tag(name = "two lists", description = "两个清单: 问题隐患清单 and 制度措施清单")
@SecurityRequirement(name = "bearer")
@Idempotent
public class HazardListResource {
    static final List<String> HEADERS = List.of("所属区", "单位名称", "统一社会信用代码", "设备类别", "设备代码", "隐患描述",
            "隐患等级", "来源及检查方式", "整改责任人", "整改措施", "整改资金", "整改时限", "应急预案", "状态", "复查情况", "执法措施");

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Export.CSV, Export.XLSX})
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "exportHazardList", summary = "The problem-and-hazard list (问题隐患清单): JSON array, or CSV / XLSX by Accept, never paged",
            description = "City, or district-admin and inspector for their own district. Answers every listed hazard the caller may see (verified ones shown as closed), filtered as the hazard list, as a JSON array or, by Accept, CSV or XLSX with Chinese headers.")
    @APIResponse(responseCode = "200", description = "the listed hazards: a JSON array of Hazard, or by Accept a CSV "
            + "(UTF-8 with a BOM) or XLSX table with Chinese headers, as an attachment (Content-Disposition)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = HazardView.class)),
                    @Content(mediaType = Export.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "a bad filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "role not allowed or a foreign district", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "406", description = "an Accept the list cannot answer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response list(@BeanParam HazardFilter filter, @HeaderParam("Accept") String accept) {
        Export.Format format = Export.format(accept);
        LocalDate today = Zones.today(clock);
        filter.listed = "true";
        Where where = filter.toWhere(caller, today); // filter and scope checked now: a 4xx before any byte is written
        return Export.stream(format,
                () -> Hazard.<Hazard>find(where.hql(), Sort.ascending("district", "foundAt", "id"), where.hqlParams()),
                em, mapper, new Export.Layout<>("hazard-list", "问题隐患清单", HEADERS,
                        h -> HazardView.of(h, today), HazardListResource::row));
    }

    /** A hazard as a row of the list, as people read it. */
    static List<String> row(Hazard h) {
        var reference = ReferenceData.get();
        Plan plan = h.currentPlan();
        List<String> row = new ArrayList<>(HEADERS.size());
        row.add(reference.districts().find(h.district).map(d -> d.nameZh()).orElse(h.district));
        row.add(h.unitName);
        row.add(h.unitUscc);
        row.add(reference.equipmentCatalogue().codes().find(h.equipmentCategory).map(c -> c.nameZh())
                .orElse(h.equipmentCategory));
        row.add(h.equipmentCode);
        row.add(h.description);
        row.add(label(h.severity));
        row.add(label(h.source) + (h.method == null ? "" : "（" + h.method.label() + "）"));
        row.add(plan == null ? "" : plan.responsiblePerson());
        row.add(plan == null ? "" : plan.measures());
        row.add(plan == null ? "" : plan.funds());
        row.add(h.deadline == null ? "" : h.deadline.toString());
        row.add(plan == null ? "" : plan.contingencyPlan());
        row.add(label(h.status));
        row.add(h.verificationList().stream().map(HazardListResource::verification).collect(Collectors.joining("；")));
        row.add(h.enforcementActionList().stream().map(HazardListResource::action).collect(Collectors.joining("；")));
        return row;
    }

    private static String verification(Verification v) {
        return "第" + v.round() + "轮" + v.result().label() + "（" + v.verifiedAt().toLocalDate() + "，" + v.inspector() + "）"
                + (v.comment() == null || v.comment().isBlank() ? "" : "：" + v.comment());
    }

    private static String action(EnforcementActionRecord a) {
        return a.type().label() + (a.decisionNumber() == null ? "" : "（" + a.decisionNumber() + "）");
    }

    static String label(Labelled value) {
        return value == null ? "" : value.label();
    }
}
