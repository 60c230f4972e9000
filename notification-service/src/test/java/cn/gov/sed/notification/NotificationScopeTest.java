package cn.gov.sed.notification;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.notification.routing.RecipientType;
import cn.gov.sed.notification.webhook.SubscriptionRequest;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.gov.sed.notification.NotificationScope.departmentMaySubscribe;
import static cn.gov.sed.notification.NotificationScope.mayReceive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees what (API.md v1.1), without Quarkus: the conditions each caller's queries get. */
class NotificationScopeTest {
    static final String HEPING = "120101";

    static NotificationScope city() {
        return new NotificationScope("city-staff", Set.of(Roles.CITY), null, null, null);
    }

    static NotificationScope districtAdmin(String district) {
        return new NotificationScope("admin-" + district, Set.of(Roles.DISTRICT_ADMIN), district, null, null);
    }

    static NotificationScope department(String code, String district) {
        return new NotificationScope("dept-" + code, Set.of(Roles.DEPARTMENT), district, null, code);
    }

    // --- publications and outreach activities ------------------------------------------------------------------

    @Test
    void theCitySeesEveryDistrictsPublicityADistrictBureauItsOwn() {
        assertEquals("1 = 1", city().districtRecords().hql());
        assertEquals(Map.of(), city().districtRecords().hqlParams());

        Where heping = districtAdmin(HEPING).districtRecords();
        assertEquals("district = :p0", heping.hql());
        assertEquals(Map.of("p0", HEPING), heping.hqlParams());
        assertEquals("district = :p0", heping.sql());
    }

    @Test
    void aDistrictRoleWithoutADistrictSeesNothing() {
        assertEquals("1 = 0", districtAdmin(null).districtRecords().hql());
    }

    @Test
    void aNewRecordIsInTheCallersDistrictUnlessTheCityNamesOne() {
        assertEquals(HEPING, districtAdmin(HEPING).districtOfNew(null));
        assertEquals("120116", districtAdmin(HEPING).districtOfNew("120116")); // then 403 from the caller check
        assertNull(city().districtOfNew(null)); // the city's own
        assertEquals(HEPING, city().districtOfNew(HEPING));
    }

    // --- subscriptions and deliveries ----------------------------------------------------------------------------

    @Test
    void aDepartmentSeesItsOwnSubscriptionsOfItsDistrict() {
        assertEquals("1 = 1", city().subscriptions().hql());

        Where district = department("HOUSING", HEPING).subscriptions();
        assertEquals("ownerDepartment = :p0 AND ownerDistrict = :p1", district.hql());
        assertEquals(Map.of("p0", "HOUSING", "p1", HEPING), district.hqlParams());

        Where cityLevel = department("HOUSING", null).subscriptions();
        assertEquals("ownerDepartment = :p0 AND ownerDistrict is null", cityLevel.hql());
        assertEquals(Map.of("p0", "HOUSING"), cityLevel.hqlParams());

        assertEquals("1 = 0", department(null, HEPING).subscriptions().hql());
    }

    @Test
    void deliveriesFollowTheirSubscriptions() {
        assertEquals("1 = 1", city().deliveries().hql());
        Where district = department("HOUSING", HEPING).deliveries();
        assertEquals("subscriptionId in (select s.id from Subscription s where s.ownerDepartment = :p0"
                + " and s.ownerDistrict = :p1)", district.hql());
        assertEquals(Map.of("p0", "HOUSING", "p1", HEPING), district.hqlParams());
        assertEquals("subscriptionId in (select s.id from Subscription s where s.ownerDepartment = :p0"
                + " and s.ownerDistrict is null)", department("HOUSING", null).deliveries().hql());
        assertEquals("1 = 0", department(null, null).deliveries().hql());
    }

    // --- the inbox ------------------------------------------------------------------------------------------------

    @Test
    void everyoneReadsWhatIsAddressedToTheirUser() {
        Where unit = new NotificationScope("u1", Set.of(Roles.UNIT), null, "91120101MA05K3XQ1F", null).inbox();
        assertEquals("((recipientType = :p0 and recipient = :p1) or (recipientType = :p2 and recipient = :p3))",
                unit.hql());
        assertEquals(List.of(RecipientType.USER, "u1", RecipientType.UNIT, "91120101MA05K3XQ1F"),
                List.copyOf(unit.hqlParams().values()));
    }

    @Test
    void theCityReadsWhatIsAddressedToTheCityRole() {
        Where inbox = city().inbox();
        assertEquals("((recipientType = :p0 and recipient = :p1) or (recipientType = :p2 and recipient = :p3"
                + " and district is null))", inbox.hql());
        assertEquals(List.of(RecipientType.USER, "city-staff", RecipientType.ROLE, Roles.CITY),
                List.copyOf(inbox.hqlParams().values()));
    }

    @Test
    void aDistrictRoleReadsWhatIsAddressedToItsRoleInItsDistrict() {
        Where inbox = new NotificationScope("both", Set.of(Roles.DISTRICT_ADMIN, Roles.INSPECTOR), HEPING, null, null)
                .inbox();
        assertEquals("((recipientType = :p0 and recipient = :p1) or (recipientType = :p2 and recipient in :p3"
                + " and district = :p4))", inbox.hql());
        assertEquals(List.of(RecipientType.USER, "both", RecipientType.ROLE,
                List.of(Roles.DISTRICT_ADMIN, Roles.INSPECTOR), HEPING), List.copyOf(inbox.hqlParams().values()));
    }

    @Test
    void aDepartmentReadsWhatIsAddressedToItsCodeInItsDistrict() {
        Where district = department("HOUSING", HEPING).inbox();
        assertEquals("((recipientType = :p0 and recipient = :p1) or (recipientType = :p2 and recipient = :p3"
                + " and district = :p4))", district.hql());
        assertEquals(List.of(RecipientType.USER, "dept-HOUSING", RecipientType.DEPARTMENT, "HOUSING", HEPING),
                List.copyOf(district.hqlParams().values()));

        Where cityLevel = department("HOUSING", null).inbox();
        assertEquals("((recipientType = :p0 and recipient = :p1) or (recipientType = :p2 and recipient = :p3))",
                cityLevel.hql());
        assertEquals(RecipientType.DEPARTMENT, cityLevel.hqlParams().get("p2"));
    }

    @Test
    void noDepartmentClaimOrADepartmentClaimOnAnotherRoleReadsNothingAddressedToDepartments() {
        assertEquals("((recipientType = :p0 and recipient = :p1))", department(null, HEPING).inbox().hql());
        assertFalse(department(null, HEPING).inbox().hqlParams().containsValue(RecipientType.DEPARTMENT));
        NotificationScope inspectorWithClaim =
                new NotificationScope("i1", Set.of(Roles.INSPECTOR), HEPING, null, "TRANSPORT");
        assertFalse(inspectorWithClaim.inbox().hqlParams().containsValue(RecipientType.DEPARTMENT));
        assertFalse(inspectorWithClaim.inbox().hqlParams().containsValue("TRANSPORT"));
    }

    // --- webhook content (API.md v1.1; this replaces the v1.0 rule that gave departments inspection events) -----

    @Test
    void theCityReceivesEverything() {
        assertTrue(mayReceive(null, null, EventType.HAZARD_REGISTERED, "120101", null));
        assertTrue(mayReceive(null, null, EventType.TASK_COMPLETED, null, null));
        assertTrue(mayReceive(null, null, EventType.ENFORCEMENT_ACTION_TAKEN, "120101", null));
    }

    @Test
    void aDepartmentReceivesOnlyTheHazardsItReported() {
        assertTrue(mayReceive("HOUSING", null, EventType.HAZARD_REGISTERED, "120101", "HOUSING"));
        assertTrue(mayReceive("HOUSING", null, EventType.RECTIFICATION_VERIFIED, "120101", "HOUSING"));
        assertFalse(mayReceive("HOUSING", null, EventType.HAZARD_REGISTERED, "120101", "EDUCATION"));
        assertFalse(mayReceive("HOUSING", null, EventType.HAZARD_OVERDUE, "120101", null));
    }

    @Test
    void aDistrictLevelDepartmentReceivesOnlyItsDistrict() {
        assertTrue(mayReceive("HOUSING", "120101", EventType.HAZARD_REGISTERED, "120101", "HOUSING"));
        assertFalse(mayReceive("HOUSING", "120101", EventType.HAZARD_REGISTERED, "120102", "HOUSING"));
        assertFalse(mayReceive("HOUSING", "120101", EventType.HAZARD_REGISTERED, "120116", "HOUSING"));
    }

    @Test
    void aDepartmentNeverReceivesInspectionEnforcementOrTaskEvents() {
        for (EventType type : EventType.values()) {
            boolean hazardEvent = type.topic().equals("hazard-events");
            assertEquals(hazardEvent, departmentMaySubscribe(type), type.name());
            if (!hazardEvent) {
                assertFalse(mayReceive("HOUSING", null, type, "120101", "HOUSING"), type.name());
                assertFalse(mayReceive("HOUSING", "120101", type, "120101", "HOUSING"), type.name());
            }
        }
    }

    @Test
    void aSubscriptionMayNameEveryEventTypeOnceAndNoMore() {
        assertEquals(EventType.values().length, SubscriptionRequest.MAX_EVENT_TYPES);
    }
}
