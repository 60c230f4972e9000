package cn.gov.sed.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers each handled {@code ce_id} per consumer, in the transaction of the effect. */
@ApplicationScoped
public class Inbox {
    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event; false for a redelivery (then do nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String consumer, String ceId, String ceType) {
        int inserted = em.createNativeQuery("INSERT INTO inbox_event (consumer, event_id, ce_type) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, consumer).setParameter(2, ceId).setParameter(3, ceType)
                .executeUpdate();
        return inserted == 1;
    }
}
