package cn.gov.sed.hazard.rectification;

import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.common.DateRange;
import cn.gov.sed.hazard.hazard.Hazard;
import cn.gov.sed.hazard.hazard.HazardQueries;
import cn.gov.sed.hazard.hazard.HazardRules.Action;
import cn.gov.sed.hazard.hazard.HazardView;
import cn.gov.sed.platform.files.FileStore;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reporting rectifications: the unit reports the work done, with its evidence (attachments of the hazard). */
@ApplicationScoped
public class ReportingRectifications {
    @Inject
    HazardQueries queries;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    Preconditions preconditions;
    @Inject
    FileStore files;

    /** RECTIFYING → PENDING_VERIFICATION; a major hazard needs at least one piece of evidence. */
    @Transactional
    public HazardView report(UUID id, ReportSubmission r) {
        Hazard h = queries.inScope(id);
        h.requireAllowed(Action.REPORT);
        ValidationException.Builder errors = ValidationException.builder();
        if (r == null) {
            throw ValidationException.of("body", "the rectification report is required");
        }
        errors.check(r.description() != null && !r.description().isBlank(), "description", "is required");
        errors.check(r.completedAt() != null, "completedAt", "is required");
        errors.check(DateRange.contains(r.completedAt()), "completedAt", DateRange.MESSAGE);
        // at most Limits.IDS ids, none null: bounded by Bean Validation on ReportSubmission
        List<UUID> evidence = r.evidence() == null ? List.of() : r.evidence().stream().distinct().toList();
        if (!evidence.isEmpty()) {
            Set<UUID> known = new HashSet<>();
            files.describe(AttachingEvidence.OWNER, h.id, evidence).forEach(f -> known.add(f.id()));
            for (int i = 0; i < evidence.size(); i++) {
                errors.check(known.contains(evidence.get(i)), "evidence[" + i + "]", "is not an attachment of this hazard");
            }
        }
        errors.check(h.severity != Severity.MAJOR || !evidence.isEmpty(), "evidence",
                "is required for a major hazard (at least one attachment)");
        errors.throwIfAny();
        preconditions.checkIfMatch(h.version);
        RectificationReport report = new RectificationReport(r.description().strip(),
                Zones.shanghai(r.completedAt().toInstant()), evidence, Zones.now(clock), caller.sub());
        h.reportRectification(report, caller.sub(), clock.instant()).forEach(outbox::record);
        h.persistAndFlush();
        return HazardView.of(h, Zones.today(clock));
    }
}
