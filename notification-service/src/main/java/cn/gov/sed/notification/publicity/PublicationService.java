package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/** Publicity (宣传): drafts, review and publication; a public exposure (曝光) drafts a warning exposure. */
@ApplicationScoped
public class PublicationService {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    Preconditions preconditions;

    @Transactional
    public PublicationView draft(PublicationRequest request) {
        String district = NotificationScope.of(caller).districtOfNew(request.district());
        caller.requireDistrictInScope(district);
        if (district != null && !ReferenceData.get().districts().contains(district)) {
            throw ValidationException.of("district", "unknown district");
        }
        Publication p = Publication.draft(request.type(), request.title(), request.body(), request.channels(),
                district, caller.sub(), clock.instant());
        p.persist();
        return PublicationView.of(p);
    }

    /** DRAFT → PENDING_REVIEW, else 409 with the allowed actions. */
    @Transactional
    public PublicationView submit(UUID id) {
        Publication p = visible(id);
        preconditions.checkIfMatch(p.version);
        p.submit();
        p.flush();
        return PublicationView.of(p);
    }

    /** PENDING_REVIEW → APPROVED by another reviewer than the author, else 403 / 409. */
    @Transactional
    public PublicationView approve(UUID id) {
        Publication p = visible(id);
        // who may act is decided before preconditions: the author gets 403 whatever the If-Match or the status
        PublicationRules.requireMayApprove(p.createdBy, caller.sub());
        preconditions.checkIfMatch(p.version);
        p.approve(caller.sub());
        p.flush();
        return PublicationView.of(p);
    }

    /** APPROVED → PUBLISHED, else 409 with the allowed actions. */
    @Transactional
    public PublicationView publish(UUID id) {
        Publication p = visible(id);
        preconditions.checkIfMatch(p.version);
        p.publish(clock.instant());
        p.flush();
        return PublicationView.of(p);
    }

    public PublicationView get(UUID id) {
        return PublicationView.of(visible(id));
    }

    public PageResponse<PublicationView> list(PublicationStatus status, PublicationType type, PageRequest page) {
        Where where = NotificationScope.of(caller).districtRecords().eq("status", status).eq("type", type);
        return PageResponse.of(Publication.<Publication>find(where.hql(), page.sort(), where.hqlParams()), page,
                PublicationView::of);
    }

    /** An EXPOSURE action (曝光) drafts a warning exposure for review; once per action however often it arrives. */
    @Transactional
    public void draftExposure(EnforcementActionTaken action) {
        if (action.type() != EnforcementType.EXPOSURE) {
            return;
        }
        String unit = action.unitName() != null ? action.unitName() : action.unitUscc();
        String body = unit + "因" + (action.reason() == null ? "特种设备安全违法行为" : action.reason()) + "被依法曝光"
                + (action.legalBasis() == null ? "" : "。依据：" + action.legalBasis())
                + (action.decisionNumber() == null ? "" : "。决定书：" + action.decisionNumber()) + "。";
        em.createNativeQuery("INSERT INTO publication (id, type, title, body, channels, district, status,"
                        + " source_action_id, created_by, created_at, version)"
                        + " VALUES (?1, 'WARNING_EXPOSURE', ?2, ?3, 'WEBSITE', ?4, 'DRAFT', ?5, 'system', ?6, 0)"
                        + " ON CONFLICT (source_action_id) DO NOTHING")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, "警示曝光：" + unit)
                .setParameter(3, body)
                .setParameter(4, action.district())
                .setParameter(5, action.actionId())
                .setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** The publication, when it lies in the caller's scope (404 otherwise). */
    private Publication visible(UUID id) {
        Where where = NotificationScope.of(caller).districtRecords().eq("id", id);
        return Publication.<Publication>find(where.hql(), where.hqlParams()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("publication"));
    }
}
