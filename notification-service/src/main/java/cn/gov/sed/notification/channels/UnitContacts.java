package cn.gov.sed.notification.channels;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.HazardRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A unit's name and contact phone as the events tell them: HazardFound carries the unit's contact person and phone
 * (from inspection-service's unit register), HazardRegistered its name. Later events name only the credit code.
 */
@ApplicationScoped
public class UnitContacts {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public record UnitContact(String name, String phone) {
    }

    /** Remembers what the event says of its unit (in the consumer's transaction). */
    public void remember(DomainEvent event) {
        if (event instanceof HazardFound e && fits(e.unitUscc())) {
            upsert(e.unitUscc(), e.unitName(), e.unitContactName(), e.unitContactPhone());
        } else if (event instanceof HazardRegistered e && fits(e.unitUscc())) {
            upsert(e.unitUscc(), e.unitName(), null, null);
        }
    }

    private void upsert(String uscc, String name, String contactName, String phone) {
        em.createNativeQuery("INSERT INTO unit_contact (uscc, name, contact_name, phone, updated_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (uscc) DO UPDATE SET"
                        + " name = COALESCE(EXCLUDED.name, unit_contact.name),"
                        + " contact_name = COALESCE(EXCLUDED.contact_name, unit_contact.contact_name),"
                        + " phone = COALESCE(EXCLUDED.phone, unit_contact.phone), updated_at = EXCLUDED.updated_at")
                .setParameter(1, uscc)
                .setParameter(2, cut(name))
                .setParameter(3, cut(contactName))
                .setParameter(4, phone == null || phone.length() > 40 ? null : phone)
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<UnitContact> find(String uscc) {
        if (uscc == null) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT name, phone FROM unit_contact WHERE uscc = ?1")
                .setParameter(1, uscc).getResultList();
        return rows.stream().findFirst().map(r -> new UnitContact((String) r[0], (String) r[1]));
    }

    private static boolean fits(String uscc) {
        return uscc != null && !uscc.isBlank() && uscc.length() <= 40;
    }

    private static String cut(String s) {
        return s == null ? null : s.length() > 200 ? s.substring(0, 200) : s;
    }
}
