package cn.gov.sed.hazard.rectification;

import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.common.DateRange;
import cn.gov.sed.hazard.hazard.Hazard;
import cn.gov.sed.hazard.hazard.HazardQueries;
import cn.gov.sed.hazard.hazard.HazardRules.Action;
import cn.gov.sed.hazard.hazard.HazardView;
import cn.gov.sed.platform.files.FileInfo;
import cn.gov.sed.platform.files.FileStore;
import cn.gov.sed.platform.files.FileType;
import cn.gov.sed.platform.files.StoredFile;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The five-point rectification loop: plan (五落实) → report → re-inspection (跟踪复查) → closed (销号). */
@ApplicationScoped
public class RectificationService {
    public static final String ATTACHMENT_OWNER = "hazard";
    private static final long MB = 1024 * 1024;
    private static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.JPEG, FileType.PNG, FileType.HEIC, FileType.PDF);

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

    /** Sets or revises the five-point plan: LISTED → RECTIFYING, or a revision while RECTIFYING (history kept). */
    @Transactional
    public HazardView plan(UUID id, PlanRequest request) {
        Hazard h = queries.inScope(id);
        h.requireAllowed(Action.PLAN);
        Plan plan = FivePointPlan.check(request, Zones.today(clock), Zones.now(clock), caller.sub());
        preconditions.checkIfMatch(h.version);
        h.planRectification(plan, caller.sub(), clock.instant()).forEach(outbox::record);
        h.persistAndFlush();
        return HazardView.of(h, Zones.today(clock));
    }

    /** The unit reports the rectification done: RECTIFYING → PENDING_VERIFICATION. */
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
            files.describe(ATTACHMENT_OWNER, h.id, evidence).forEach(f -> known.add(f.id()));
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

    /** The district's re-inspection: PASSED closes the hazard (VERIFIED); FAILED sends it back and counts a round. */
    @Transactional
    public HazardView verify(UUID id, VerificationRequest r) {
        Hazard h = queries.inScope(id);
        h.requireAllowed(Action.VERIFY);
        ValidationException.Builder errors = ValidationException.builder();
        if (r == null) {
            throw ValidationException.of("body", "the verification is required");
        }
        errors.check(r.result() != null, "result", "is required (PASSED or FAILED)");
        errors.check(r.inspector() != null && !r.inspector().isBlank(), "inspector", "is required");
        errors.check(r.verifiedAt() != null, "verifiedAt", "is required");
        errors.check(DateRange.contains(r.verifiedAt()), "verifiedAt", DateRange.MESSAGE);
        errors.check(r.result() != VerificationResult.FAILED || (r.comment() != null && !r.comment().isBlank()),
                "comment", "is required when the re-inspection failed: the unit must know what to fix");
        errors.throwIfAny();
        preconditions.checkIfMatch(h.version);
        h.verify(r.result(), r.inspector().strip(), r.comment(), r.verifiedAt(), caller.sub(), clock.instant())
                .forEach(outbox::record);
        h.persistAndFlush();
        return HazardView.of(h, Zones.today(clock));
    }

    /** Evidence upload (images or PDF, ≤ 10 MB), owned by the hazard. */
    @Transactional
    public FileInfo attach(UUID id, FileUpload file) {
        Hazard h = queries.inScope(id);
        return files.store(ATTACHMENT_OWNER, h.id, file, EVIDENCE_TYPES, 10 * MB, caller.sub());
    }

    @Transactional
    public StoredFile attachment(UUID id, UUID attachmentId) {
        Hazard h = queries.inScope(id);
        return files.find(ATTACHMENT_OWNER, h.id, attachmentId)
                .orElseThrow(() -> ProblemException.notFound("attachment"));
    }
}
