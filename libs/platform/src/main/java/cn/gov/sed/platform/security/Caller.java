package cn.gov.sed.platform.security;

import cn.gov.sed.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Set;

/**
 * Who is calling and what they may see: the role, the district (district roles and district-level departments),
 * the unit's credit code and the department. Queries take their scope from here, so lists, statistics and
 * exports cannot leak another district's or unit's records.
 */
@RequestScoped
public class Caller {
    @Inject
    SecurityIdentity identity;

    public String sub() {
        Principal p = identity.getPrincipal();
        return p == null || identity.isAnonymous() ? "anonymous" : p.getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isCity() {
        return is(Roles.CITY);
    }

    public boolean isDistrictRole() {
        return is(Roles.DISTRICT_ADMIN) || is(Roles.INSPECTOR);
    }

    public boolean isDepartment() {
        return is(Roles.DEPARTMENT);
    }

    public boolean isUnit() {
        return is(Roles.UNIT);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The caller's district, or null when it has none (the city, a city-level department, a unit). */
    public String district() {
        return claim("district");
    }

    public String uscc() {
        return claim("uscc");
    }

    public String department() {
        return claim("department");
    }

    /**
     * The district every query of this caller is limited to, or null for no district limit (the city, a unit
     * or a city-level department: those are limited otherwise).
     */
    public String districtScope() {
        if (isCity()) {
            return null;
        }
        return district();
    }

    /** Whether a record of {@code district} lies within the caller's district scope. */
    public boolean canSeeDistrict(String district) {
        String scope = districtScope();
        return scope == null || scope.equals(district);
    }

    /**
     * A district named in a filter or a body must lie within the caller's scope: 403 otherwise. A district role
     * without a district claim sees nothing.
     */
    public void requireDistrictInScope(String district) {
        if (!isCity() && district != null && !district.equals(districtScope())) {
            // a district code is six digits; anything else is not echoed back (the value came from the client)
            throw ProblemException.forbidden((district.matches("\\d{6}") ? "district " + district : "that district")
                    + " is outside your scope");
        }
    }

    /**
     * A caller with fixed claims and no security identity: for the scope policies' plain unit tests, which state
     * who sees what without Quarkus. {@code roles} as in {@link Roles}; absent claims are null.
     */
    public static Caller of(String sub, Set<String> roles, String district, String uscc, String department) {
        Set<String> fixedRoles = Set.copyOf(roles);
        return new Caller() {
            @Override
            public String sub() {
                return sub;
            }

            @Override
            public boolean is(String role) {
                return fixedRoles.contains(role);
            }

            @Override
            public Set<String> roles() {
                return fixedRoles;
            }

            @Override
            public String district() {
                return district;
            }

            @Override
            public String uscc() {
                return uscc;
            }

            @Override
            public String department() {
                return department;
            }
        };
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value == null) {
                return null;
            }
            String s = value.toString();
            if (value instanceof jakarta.json.JsonString js) {
                s = js.getString();
            }
            return s.isBlank() ? null : s;
        }
        return null;
    }
}
