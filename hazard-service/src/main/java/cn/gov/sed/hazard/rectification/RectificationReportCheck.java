package cn.gov.sed.hazard.rectification;

import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.common.DateRange;
import cn.gov.sed.platform.problem.ValidationException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The unit's rectification report as sent: what was done and when, and evidence that is the hazard's own
 * attachments; a major hazard needs at least one. Every broken field is named at once. Plain Java.
 */
public final class RectificationReportCheck {
    private RectificationReportCheck() {
    }

    /** The evidence cited, each id once (at most Limits.IDS, none null: Bean Validation); 400 without a body. */
    public static List<UUID> evidenceOf(ReportSubmission r) {
        if (r == null) {
            throw ValidationException.of("body", "the rectification report is required");
        }
        return r.evidence() == null ? List.of() : r.evidence().stream().distinct().toList();
    }

    /**
     * The checked report; {@code attached} are those of {@code evidence} that are attachments of the hazard.
     * 400 naming every broken field otherwise.
     */
    public static RectificationReport check(ReportSubmission r, Severity severity, List<UUID> evidence,
                                            Set<UUID> attached, OffsetDateTime now, String by) {
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(r.description() != null && !r.description().isBlank(), "description", "is required");
        errors.check(r.completedAt() != null, "completedAt", "is required");
        errors.check(DateRange.contains(r.completedAt()), "completedAt", DateRange.MESSAGE);
        for (int i = 0; i < evidence.size(); i++) {
            errors.check(attached.contains(evidence.get(i)), "evidence[" + i + "]", "is not an attachment of this hazard");
        }
        errors.check(severity != Severity.MAJOR || !evidence.isEmpty(), "evidence",
                "is required for a major hazard (at least one attachment)");
        errors.throwIfAny();
        return new RectificationReport(r.description().strip(), Zones.shanghai(r.completedAt().toInstant()), evidence,
                now, by);
    }
}
