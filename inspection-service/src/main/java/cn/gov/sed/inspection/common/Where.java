package cn.gov.sed.inspection.common;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * A Panache "where" clause built from optional filters, so that a list puts its scope and its filters into
 * the query itself (never a filter after loading).
 */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    public Where and(String clause, String name, Object value) {
        clauses.add(clause);
        parameters.and(name, value);
        return this;
    }

    /** Adds the clause only when the filter was given. */
    public Where andIf(Object value, String clause, String name) {
        return value == null ? this : and(clause, name, value);
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }
}
