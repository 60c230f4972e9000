package cn.gov.sed.platform.security;

/** The roles of API.md, as they appear in the token's {@code groups} claim. */
public final class Roles {
    public static final String CITY = "city";
    public static final String DISTRICT_ADMIN = "district-admin";
    public static final String INSPECTOR = "inspector";
    public static final String DEPARTMENT = "department";
    public static final String UNIT = "unit";

    private Roles() {
    }
}
