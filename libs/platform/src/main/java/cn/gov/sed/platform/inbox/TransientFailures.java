package cn.gov.sed.platform.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Failures that pass by themselves: the database restarting or unreachable, a lost race, a deadlock. */
public final class TransientFailures {
    private TransientFailures() {
    }

    public static boolean isTransient(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleObjectStateException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08 connection, 57P0x shutdown, 53 resources, 40001 serialization, 40P01 deadlock
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                        || state.equals("40001") || state.equals("40P01")) {
                    return true;
                }
            }
            if (isPoolTimeout(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database cannot be reached (down, restarting, out of connections): the request may be tried again in a
     * moment (503 with Retry-After), unlike a bug (500) or a lost race (409).
     */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException || isPoolTimeout(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The failure, its causes and what each suppressed: a commit the database broke off arrives as a
     * RollbackException whose only trace of the lost connection is a suppressed XAException (Narayana, Agroal).
     */
    public static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty() && all.size() < 100) {
            Throwable t = todo.poll();
            if (seen.add(t)) {
                all.add(t);
                if (t.getCause() != null) {
                    todo.add(t.getCause());
                }
                todo.addAll(java.util.Arrays.asList(t.getSuppressed()));
            }
        }
        return all;
    }

    /** Agroal's "Acquisition timeout while waiting for new connection". */
    private static boolean isPoolTimeout(Throwable t) {
        return t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }

    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
