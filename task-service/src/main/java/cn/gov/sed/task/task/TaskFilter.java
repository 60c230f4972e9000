package cn.gov.sed.task.task;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of {@code GET /tasks}, parsed from query strings so a bad value is a 400 with its field. */
public record TaskFilter(String district, TaskPhase phase, TaskStatus status, Boolean overdue,
                         String responsiblePerson, UUID hazardId) {

    public static TaskFilter parse(String district, String phase, String status, String overdue,
                                   String responsiblePerson, String hazardId) {
        QueryParams q = new QueryParams();
        TaskFilter filter = new TaskFilter(q.text(district), q.enumOf(TaskPhase.class, phase, "phase"),
                q.enumOf(TaskStatus.class, status, "status"), q.bool(overdue, "overdue"), q.text(responsiblePerson),
                q.uuid(hazardId, "hazardId"));
        // a mistyped code is named, not answered with an empty page that reads as "no tasks there"
        if (filter.district() != null && !ReferenceData.get().districts().contains(filter.district())) {
            q.add("district", "unknown district code");
        }
        q.throwIfAny();
        return filter;
    }

    /** Adds the filter's conditions to {@code where}; {@code today} decides what is overdue. */
    public Where addTo(Where where, LocalDate today) {
        where.eq("district", district).eq("phase", phase).eq("status", status)
                .eq("responsiblePerson", responsiblePerson).eq("hazardId", hazardId);
        if (overdue != null) {
            RagRules.red(where, overdue, today);
        }
        return where;
    }
}
