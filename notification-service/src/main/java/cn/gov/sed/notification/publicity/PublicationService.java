package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
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
        String district = request.district();
        if (!caller.isCity()) {
            district = district == null ? caller.district() : district;
            caller.requireDistrictInScope(district);
        }
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
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(scope(params));
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (type != null) {
            where.append(" and type = :type");
            params.put("type", type);
        }
        return PageResponse.of(Publication.<Publication>find(where.toString(), page.sort(), params), page,
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

    private Publication visible(UUID id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return Publication.<Publication>find("id = :id and " + scope(params), params).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("publication"));
    }

    /** The city sees all; a district bureau its district's. */
    private String scope(Map<String, Object> params) {
        if (caller.isCity()) {
            return "1 = 1";
        }
        params.put("scope", caller.district() == null ? "" : caller.district());
        return "district = :scope";
    }
}
