package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.platform.query.QueryParams;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The standard checklist (检查内容与隐患标准) comes from one source, {@code ReferenceData.get().checklist()}; the
 * {@code checklist_item} table holds it together with the items the city added. At start (after Flyway) every
 * standard item the table lacks is inserted, so a new item in the contracts' CSV reaches every database without a
 * migration. {@code ON CONFLICT (code) DO NOTHING}: safe with several replicas starting at once, and a row already
 * there is never overwritten (not a retirement by the city, not a city item that happens to have the code).
 * The V1 migration's copy of the same items stays (Flyway checksums); {@code StandardChecklistTest} keeps the two equal.
 */
@ApplicationScoped
public class StandardChecklist {
    private static final Logger LOG = Logger.getLogger(StandardChecklist.class);

    @Transactional
    void onStart(@Observes StartupEvent event) {
        int added = insertMissing();
        if (added > 0) {
            LOG.infof("added %d standard checklist item(s) from the reference data", added);
        }
        List<String> differing = ReferenceData.get().checklist().all().stream()
                .filter(e -> {
                    ChecklistItem item = ChecklistItem.findById(e.code());
                    return item != null && !item.sameAs(e);
                })
                .map(ChecklistEntry::code).toList();
        if (!differing.isEmpty()) {
            // kept as they are (findings and the city rely on them); someone should look
            LOG.warnf("checklist items %s differ from the standard checklist of the reference data", differing);
        }
    }

    /** Inserts the standard items the table lacks; answers how many it inserted. */
    @Transactional
    public int insertMissing() {
        EntityManager em = ChecklistItem.getEntityManager();
        int added = 0;
        for (ChecklistEntry e : ReferenceData.get().checklist().all()) {
            added += em.createNativeQuery("INSERT INTO checklist_item (code, categories, content, hazard_standard,"
                            + " default_severity, hazard_type, basis) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                            + " ON CONFLICT (code) DO NOTHING")
                    .setParameter(1, e.code())
                    .setParameter(2, ChecklistItem.joined(e.categories()))
                    .setParameter(3, e.contentZh())
                    .setParameter(4, e.hazardStandardZh())
                    .setParameter(5, e.defaultSeverity().name())
                    .setParameter(6, e.hazardType().name())
                    .setParameter(7, QueryParams.blankToNull(e.basis()))
                    .executeUpdate();
        }
        return added;
    }
}
