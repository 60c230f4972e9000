package cn.gov.sed.hazard.rectification;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.hazard.Hazard;
import cn.gov.sed.hazard.hazard.HazardQueries;
import cn.gov.sed.hazard.hazard.HazardRules.Action;
import cn.gov.sed.hazard.hazard.HazardView;
import cn.gov.sed.platform.files.FileStore;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.outbox.Outbox;
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
        List<UUID> evidence = RectificationReportCheck.evidenceOf(r);
        Set<UUID> attached = new HashSet<>();
        if (!evidence.isEmpty()) {
            files.describe(AttachingEvidence.OWNER, h.id, evidence).forEach(f -> attached.add(f.id()));
        }
        RectificationReport report = RectificationReportCheck.check(r, h.severity, evidence, attached,
                Zones.now(clock), caller.sub());
        preconditions.checkIfMatch(h.version);
        h.reportRectification(report, caller.sub(), clock.instant()).forEach(outbox::record);
        h.persistAndFlush();
        return HazardView.of(h, Zones.today(clock));
    }
}
