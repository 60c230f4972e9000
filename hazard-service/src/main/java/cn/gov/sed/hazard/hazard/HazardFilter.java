package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The filters of the hazard list, the hazard-list export and (district, from, to) the statistics. Taken as
 * strings and parsed here, so a bad value is a 400 naming the field (JAX-RS would answer 404).
 */
public class HazardFilter {
    @QueryParam("district")
    @Parameter(description = "district code (区划代码); district roles may only name their own",
            schema = @Schema(type = SchemaType.STRING), example = "120103")
    public String district;
    @QueryParam("status")
    @Parameter(description = "the hazard's status", schema = @Schema(implementation = HazardStatus.class))
    public String status;
    @QueryParam("severity")
    @Parameter(description = "the hazard's severity", schema = @Schema(implementation = Severity.class))
    public String severity;
    @QueryParam("hazardType")
    @Parameter(description = "the hazard's root cause", schema = @Schema(implementation = HazardType.class))
    public String hazardType;
    @QueryParam("equipmentCategory")
    @Parameter(description = "equipment category code (设备类别); includes every category beneath it in the catalogue",
            schema = @Schema(type = SchemaType.STRING), example = "3000")
    public String equipmentCategory;
    @QueryParam("industry")
    @Parameter(description = "industry code of the unit", schema = @Schema(type = SchemaType.STRING))
    public String industry;
    @QueryParam("usageEnvironment")
    @Parameter(description = "where the equipment is used", schema = @Schema(implementation = UsageEnvironment.class))
    public String usageEnvironment;
    @QueryParam("unitUscc")
    @Parameter(description = "统一社会信用代码 of the unit (normalised as reports are)",
            schema = @Schema(type = SchemaType.STRING), example = "91120101MA05K3XQ1F")
    public String unitUscc;
    @QueryParam("listed")
    @Parameter(description = "in the problem-and-hazard list (true) or not (false)", schema = @Schema(type = SchemaType.BOOLEAN))
    public String listed;
    @QueryParam("overdue")
    @Parameter(description = "past its deadline while LISTED, RECTIFYING or PENDING_VERIFICATION (true), or not (false)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;
    @QueryParam("from")
    @Parameter(description = "found on or after: a date YYYY-MM-DD (from the start of that day in Asia/Shanghai); "
            + "an ISO-8601 date-time with offset is accepted too", schema = @Schema(type = SchemaType.STRING, format = "date"),
            example = "2026-01-01")
    public String from;
    @QueryParam("to")
    @Parameter(description = "found on or before: a date YYYY-MM-DD (to the end of that day in Asia/Shanghai); "
            + "an ISO-8601 date-time with offset is accepted too (then exclusive)",
            schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-12-31")
    public String to;

    /** The caller's scope and these filters as one WHERE clause; 400 for a bad value, 403 for a foreign district. */
    public Where toWhere(Caller caller, LocalDate today) {
        QueryParams q = new QueryParams();
        Where where = HazardScope.apply(caller, new Where());
        String districtCode = q.text(district);
        HazardStatus st = q.enumOf(HazardStatus.class, status, "status");
        Severity sev = q.enumOf(Severity.class, severity, "severity");
        HazardType type = q.enumOf(HazardType.class, hazardType, "hazardType");
        UsageEnvironment env = q.enumOf(UsageEnvironment.class, usageEnvironment, "usageEnvironment");
        String industryCode = q.text(industry);
        Boolean isListed = q.bool(listed, "listed");
        Boolean isOverdue = q.bool(overdue, "overdue");
        Instant fromInstant = q.from(from, "from");
        Instant toInstant = q.to(to, "to");
        // the unknown reference codes are named in the same 400, after the values that could not be parsed
        if (districtCode != null && !ReferenceData.get().districts().contains(district)) {
            q.add("district", "unknown district code");
        }
        List<String> categories = null;
        if (q.text(equipmentCategory) != null) {
            var catalogue = ReferenceData.get().equipmentCatalogue();
            if (!catalogue.contains(equipmentCategory)) {
                q.add("equipmentCategory", "unknown equipment category code");
            } else {
                // a category includes everything beneath it in the catalogue tree
                categories = catalogue.codes().all().stream().map(c -> c.code())
                        .filter(c -> catalogue.isWithin(c, equipmentCategory)).toList();
            }
        }
        if (industryCode != null && !ReferenceData.get().industries().contains(industry)) {
            q.add("industry", "unknown industry code");
        }
        q.throwIfAny();
        HazardScope.requireDistrict(caller, districtCode);

        where.eq("district", districtCode).eq("status", st).eq("severity", sev).eq("hazardType", type)
                .eq("usageEnvironment", env).in("equipmentCategory", categories)
                .eq("industry", industryCode)
                .eq("unitUscc", CreditCode.normalise(q.text(unitUscc)))
                .eq("listed", isListed).ge("foundAt", fromInstant).lt("foundAt", toInstant);
        if (isOverdue != null) {
            if (isOverdue) {
                where.raw("{deadline} < ? AND {status} IN (?)", today, List.copyOf(HazardRules.OPEN));
            } else {
                where.raw("({deadline} IS NULL OR {deadline} >= ? OR {status} NOT IN (?))", today,
                        List.copyOf(HazardRules.OPEN));
            }
        }
        return where;
    }
}
