package cn.gov.sed.inspection.common;

import cn.gov.sed.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/**
 * Natural keys (a unit's uscc, an equipment code) under concurrent creates. A service checks for a duplicate
 * first (the friendly answer); two requests can both pass that check, so the database's UNIQUE constraint decides,
 * and the loser must hear 409 {@code /problems/duplicate}, not a failed commit (500).
 */
public final class UniqueKeys {
    private UniqueKeys() {
    }

    /**
     * Sends the pending inserts and updates now, inside the use case, so that a key a concurrent request took
     * between our check and our insert surfaces here (PostgreSQL waits for the other transaction, then refuses).
     *
     * @param constraint the name of the UNIQUE constraint in the schema (e.g. {@code unit_uscc_key})
     * @param detail     what the 409 says
     */
    public static void flush(String constraint, String detail) {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (violates(e, constraint)) {
                throw ProblemException.duplicate(detail);
            }
            throw e;
        }
    }

    static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException v && v.getKind() == ConstraintKind.UNIQUE
                    && constraint.equalsIgnoreCase(v.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
