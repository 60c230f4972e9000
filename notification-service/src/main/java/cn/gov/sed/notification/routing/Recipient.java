package cn.gov.sed.notification.routing;

import cn.gov.sed.platform.security.Roles;

/**
 * One addressee: a user by {@code sub}, a unit by its credit code (uscc), a department by its code and the district
 * of the matter, or a role ({@code district-admin} / {@code inspector} of a district, or {@code city} with no
 * district).
 */
public record Recipient(RecipientType type, String recipient, String district) {

    public static Recipient user(String sub) {
        return new Recipient(RecipientType.USER, sub, null);
    }

    public static Recipient unit(String uscc) {
        return new Recipient(RecipientType.UNIT, uscc, null);
    }

    /**
     * A department (industry authority) about a matter of {@code district}: a district-level department (its token
     * carries a district) sees only its own district's, a city-level one those of every district (API.md v1.1).
     */
    public static Recipient department(String code, String district) {
        return new Recipient(RecipientType.DEPARTMENT, code, district);
    }

    public static Recipient districtAdmin(String district) {
        return new Recipient(RecipientType.ROLE, Roles.DISTRICT_ADMIN, district);
    }

    public static Recipient inspector(String district) {
        return new Recipient(RecipientType.ROLE, Roles.INSPECTOR, district);
    }

    public static Recipient city() {
        return new Recipient(RecipientType.ROLE, Roles.CITY, null);
    }

    /** The bureau in charge: the district's administrators, or the city for city-wide matters. */
    public static Recipient bureauOf(String district) {
        return district == null ? city() : districtAdmin(district);
    }

    /** Unique per addressee; with the event id it makes one notification per recipient and event. */
    public String key() {
        return type + ":" + recipient + (district == null ? "" : "@" + district);
    }
}
