package cn.gov.sed.inspection.checklist;

import cn.gov.sed.platform.http.Preconditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The city retires an item (停用): findings keep their snapshot, new findings may not use it. */
@ApplicationScoped
public class RetiringChecklistItems {
    @Inject
    FindingChecklistItems items;
    @Inject
    Preconditions preconditions;

    /** Retires an item; retiring twice changes nothing (nor its version). */
    @Transactional
    public ChecklistItemView retire(String code) {
        ChecklistItem item = items.find(code);
        preconditions.checkIfMatch(item.version);
        item.retire();
        // flushed now so that the view carries the new version (unchanged when it was retired already)
        ChecklistItem.getEntityManager().flush();
        return ChecklistItemView.of(item);
    }
}
