package cn.gov.sed.notification.contacts;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.notification.NotificationScope;
import cn.gov.sed.notification.channels.MessageChannel;
import cn.gov.sed.notification.routing.RecipientType;
import cn.gov.sed.platform.http.Preconditions;
import cn.gov.sed.platform.paging.PageRequest;
import cn.gov.sed.platform.paging.PageResponse;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The contact directory, kept by the city (every entry) and the district bureaus (their district's entries only:
 * another district, or a city-level entry, is 403).
 */
@ApplicationScoped
public class MaintainingContacts {
    private static final Set<String> ROLES = Set.of(Roles.DISTRICT_ADMIN, Roles.INSPECTOR, Roles.CITY);

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    Preconditions preconditions;

    /** Creates or replaces the entry of the addressee the request names. */
    @Transactional
    public ContactView put(ContactRequest r) {
        String district = r.district() == null || r.district().isBlank() ? null : r.district();
        check(r, district);
        // a district bureau keeps its own district's entries only; a city-level entry is the city's
        if (!caller.isCity()) {
            if (district == null) {
                throw ProblemException.forbidden("only the city keeps city-level contacts");
            }
            caller.requireDistrictInScope(district);
        }
        Contact contact = Contact.<Contact>find("recipientType = ?1 and recipient = ?2 and "
                                + (district == null ? "district is null" : "district = ?3"),
                        district == null ? new Object[]{r.recipientType(), r.recipient()}
                                : new Object[]{r.recipientType(), r.recipient(), district})
                .firstResultOptional().orElse(null);
        if (contact == null) {
            contact = Contact.create(r.recipientType(), r.recipient(), district, caller.sub(), clock.instant());
            contact.persist();
        } else {
            preconditions.checkIfMatch(contact.version);
        }
        Set<MessageChannel> channels = r.channels() == null ? EnumSet.allOf(MessageChannel.class)
                : r.channels().isEmpty() ? EnumSet.noneOf(MessageChannel.class) : EnumSet.copyOf(r.channels());
        contact.revise(blankToNull(r.name()), blankToNull(r.email()), phone(r.phone()), channels, caller.sub(),
                clock.instant());
        contact.flush(); // the version the answer's ETag carries
        return ContactView.of(contact);
    }

    /** The rules Bean Validation cannot state: who may be addressed, and codes that exist. */
    private static void check(ContactRequest r, String district) {
        var problems = ValidationException.builder();
        problems.check(r.recipientType() != RecipientType.UNIT, "recipientType",
                "a unit's contact phone arrives on the events; the directory keeps ROLE, DEPARTMENT and USER");
        if (r.recipientType() == RecipientType.ROLE) {
            problems.check(ROLES.contains(r.recipient()), "recipient", "must be district-admin, inspector or city");
            if (Roles.CITY.equals(r.recipient())) {
                problems.check(district == null, "district", "the city role has no district");
            } else {
                problems.check(district != null, "district", "a district role needs its district");
            }
        }
        if (r.recipientType() == RecipientType.DEPARTMENT) {
            problems.check(ReferenceData.get().departments().contains(r.recipient()), "recipient",
                    "unknown department");
        }
        if (district != null) {
            problems.check(ReferenceData.get().districts().contains(district), "district", "unknown district");
        }
        problems.throwIfAny();
    }

    /** One entry of the caller's scope; 404 outside it. */
    public ContactView get(UUID id) {
        return ContactView.of(find(id));
    }

    @Transactional
    public void delete(UUID id) {
        find(id).delete();
    }

    private Contact find(UUID id) {
        Where where = NotificationScope.of(caller).districtRecords().eq("id", id);
        return Contact.<Contact>find(where.hql(), where.hqlParams()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("contact"));
    }

    public PageResponse<ContactView> list(RecipientType type, String district, PageRequest page) {
        Where where = NotificationScope.of(caller).districtRecords().eq("recipientType", type).eq("district", district);
        return PageResponse.of(Contact.<Contact>find(where.hql(), page.sort(), where.hqlParams()), page,
                ContactView::of);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Stored without the +86 prefix: the gateway takes the 11 digits. */
    private static String phone(String s) {
        String p = blankToNull(s);
        return p != null && p.startsWith("+86") ? p.substring(3) : p;
    }
}
