package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/** Drafting publicity (宣传): drafts of the city and the district bureaus, and warning exposures from 曝光 actions. */
@ApplicationScoped
public class DraftingPublications {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /** A draft of the caller's district (the default for a district bureau; another district is 403). */
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
}
