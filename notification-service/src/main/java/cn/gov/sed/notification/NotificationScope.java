package cn.gov.sed.notification;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.Topics;
import cn.gov.sed.notification.routing.RecipientType;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who sees what in notification-service, in one place (API.md v1.1). Every read puts the {@link Where} made here
 * into its query, so nothing outside the caller's scope is loaded (outside it is 404, never 403).
 * <ul>
 *   <li>publications and outreach activities: the city all; a district bureau its district's (none without a
 *       district claim);</li>
 *   <li>webhook subscriptions and their deliveries: the city all; a department its department's of its district (a
 *       city-level department: those without a district); a department token without a department claim none;</li>
 *   <li>the inbox: what is addressed to the caller's user, unit (uscc), department (with its district when the token
 *       carries one), role in its district (district-admin, inspector) or, for the city, the city role;</li>
 *   <li>what a webhook subscriber receives: the city everything; a department only hazard events of the hazards it
 *       reported, of its district when it has one.</li>
 * </ul>
 * Plain Java: tested without Quarkus.
 */
public final class NotificationScope {
    private final String sub;
    private final Set<String> roles;
    private final String district;
    private final String uscc;
    private final String department;

    public NotificationScope(String sub, Set<String> roles, String district, String uscc, String department) {
        this.sub = sub;
        this.roles = Set.copyOf(roles);
        this.district = district;
        this.uscc = uscc;
        this.department = department;
    }

    public static NotificationScope of(Caller caller) {
        return new NotificationScope(caller.sub(), caller.roles(), caller.district(), caller.uscc(),
                caller.department());
    }

    private boolean city() {
        return roles.contains(Roles.CITY);
    }

    /** Publications and outreach activities: the city all; a district bureau its district's. */
    public Where districtRecords() {
        Where where = new Where();
        if (city()) {
            return where;
        }
        return district == null ? where.raw("1 = 0") : where.eq("district", district);
    }

    /**
     * The district of a record the caller creates: the city's as requested (null: the city's own); anyone else's
     * defaults to its own district (whether another one is allowed, {@code Caller.requireDistrictInScope} says).
     */
    public String districtOfNew(String requested) {
        return city() || requested != null ? requested : district;
    }

    /** Webhook subscriptions: the city all; a department those of its department code and district. */
    public Where subscriptions() {
        Where where = new Where();
        if (city()) {
            return where;
        }
        if (department == null) {
            return where.raw("1 = 0");
        }
        where.eq("ownerDepartment", department);
        return district == null ? where.raw("{ownerDistrict} is null") : where.eq("ownerDistrict", district);
    }

    /** Deliveries: those of the subscriptions the caller sees. */
    public Where deliveries() {
        Where where = new Where();
        if (city()) {
            return where;
        }
        if (department == null) {
            return where.raw("1 = 0");
        }
        return district == null
                ? where.raw("{subscriptionId} in (select s.id from Subscription s where s.ownerDepartment = ?"
                + " and s.ownerDistrict is null)", department)
                : where.raw("{subscriptionId} in (select s.id from Subscription s where s.ownerDepartment = ?"
                + " and s.ownerDistrict = ?)", department, district);
    }

    /** Notifications addressed to the caller (one condition: any of its addresses). */
    public Where inbox() {
        List<String> any = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        // enum values as parameters: HQL compares them by type, not as string literals
        any.add("({recipientType} = ? and {recipient} = ?)");
        values.add(RecipientType.USER);
        values.add(sub);
        if (uscc != null) {
            any.add("({recipientType} = ? and {recipient} = ?)");
            values.add(RecipientType.UNIT);
            values.add(uscc);
        }
        // a department's scope is its code and, when its token carries one, its district; a department token
        // without a department claim (or a department claim on another role's token) sees nothing for departments
        if (roles.contains(Roles.DEPARTMENT) && department != null) {
            if (district == null) {
                any.add("({recipientType} = ? and {recipient} = ?)");
                values.add(RecipientType.DEPARTMENT);
                values.add(department);
            } else {
                any.add("({recipientType} = ? and {recipient} = ? and {district} = ?)");
                values.add(RecipientType.DEPARTMENT);
                values.add(department);
                values.add(district);
            }
        }
        if (city()) {
            any.add("({recipientType} = ? and {recipient} = ? and {district} is null)");
            values.add(RecipientType.ROLE);
            values.add(Roles.CITY);
        }
        if (district != null) {
            List<String> districtRoles = new ArrayList<>();
            if (roles.contains(Roles.DISTRICT_ADMIN)) {
                districtRoles.add(Roles.DISTRICT_ADMIN);
            }
            if (roles.contains(Roles.INSPECTOR)) {
                districtRoles.add(Roles.INSPECTOR);
            }
            if (!districtRoles.isEmpty()) {
                any.add("({recipientType} = ? and {recipient} in ? and {district} = ?)");
                values.add(RecipientType.ROLE);
                values.add(districtRoles);
                values.add(district);
            }
        }
        return new Where().raw("(" + String.join(" or ", any) + ")", values.toArray());
    }

    /**
     * E-mails and SMS that went out: the city all; a district bureau those about its district's matters (the desk
     * that follows them up); everyone else those addressed to it, as its inbox.
     */
    public Where messages() {
        if (city()) {
            return new Where();
        }
        if (roles.contains(Roles.DISTRICT_ADMIN) && district != null) {
            return new Where().eq("eventDistrict", district);
        }
        return inbox();
    }

    /** Whether a department may subscribe to {@code type} at all (else 400 at registration). */
    public static boolean departmentMaySubscribe(EventType type) {
        return type.topic().equals(Topics.HAZARD_EVENTS);
    }

    /**
     * What a subscriber may receive, by the same rules as what it may read through the API (API.md v1.1 "webhook
     * content"): the city everything; a department only hazard events, of hazards it reported itself, and of its
     * district when it has one. Never inspection, enforcement or task events: a department does not read those.
     *
     * @param ownerDepartment     the subscribing department, null for the city
     * @param ownerDistrict       the department's district, null for a city-level department
     * @param district            the event's district
     * @param reportingDepartment the department that reported the hazard a hazard event is about (null when none
     *                            or not a hazard event)
     */
    public static boolean mayReceive(String ownerDepartment, String ownerDistrict, EventType type, String district,
                                     String reportingDepartment) {
        if (ownerDepartment == null) {
            return true; // the city
        }
        if (!departmentMaySubscribe(type)) {
            return false;
        }
        if (ownerDistrict != null && !ownerDistrict.equals(district)) {
            return false;
        }
        return ownerDepartment.equals(reportingDepartment);
    }
}
