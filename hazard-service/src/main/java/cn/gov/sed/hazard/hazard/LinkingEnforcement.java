package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.platform.validation.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Linking enforcement: an enforcement action (执法措施) is shown on the hazards it cites. */
@ApplicationScoped
public class LinkingEnforcement {
    private static final Logger LOG = Logger.getLogger(LinkingEnforcement.class);

    /**
     * Links the action to the hazards it cites that belong to the same unit ({@code unitUscc}) and district as
     * the action: an action of one district cannot mark another's hazards. Only the first {@link Limits#IDS} ids
     * are considered, so a hostile event cannot make this load thousands of hazards; every id not linked
     * (unknown, another unit's or district's, beyond the cap) is ignored and logged. Announces nothing.
     */
    @Transactional
    public void link(EnforcementActionTaken e) {
        List<UUID> cited = e.hazardIds() == null ? List.of()
                : e.hazardIds().stream().filter(Objects::nonNull).distinct().toList();
        List<UUID> considered = cited.stream().limit(Limits.IDS).toList();
        List<Hazard> hazards = considered.isEmpty() ? List.of()
                : Hazard.<Hazard>list("id in ?1 and unitUscc = ?2 and district = ?3", considered, e.unitUscc(), e.district());
        List<UUID> linked = hazards.stream().map(h -> h.id).toList();
        List<UUID> ignored = cited.stream().filter(id -> !linked.contains(id)).toList();
        if (!ignored.isEmpty()) {
            // the line names at most Limits.IDS of them: a hostile event must not make a megabyte log line
            LOG.warnf("enforcement action %s (unit %s, district %s): %d cited hazard id(s) ignored, not of this unit"
                            + " and district or beyond the first %d: %s%s", e.actionId(), e.unitUscc(), e.district(),
                    ignored.size(), Limits.IDS, ignored.stream().limit(Limits.IDS).toList(),
                    ignored.size() > Limits.IDS ? " …" : "");
        }
        // the record names only the hazards it is linked to: other districts' ids are shown nowhere
        EnforcementActionRecord record = EnforcementActionRecord.of(e, linked);
        hazards.forEach(h -> h.linkEnforcement(record));
    }
}
