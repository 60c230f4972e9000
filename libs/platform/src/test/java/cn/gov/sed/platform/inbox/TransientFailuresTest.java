package cn.gov.sed.platform.inbox;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {
    @Test
    void aCommitBrokenOffByARestartIsTheDatabaseBeingUnavailable() {
        // as Narayana reports it: a RollbackException, the lost connection only in a suppressed XAException
        Exception rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to transactionCommit");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        RuntimeException wrapped = new RuntimeException("Error invoking subclass method", rollback);
        assertTrue(TransientFailures.isDatabaseUnavailable(wrapped));
        assertTrue(TransientFailures.isTransient(wrapped));
    }

    @Test
    void aBugIsNot() {
        RuntimeException bug = new RuntimeException(new IllegalStateException("boom"));
        bug.addSuppressed(new NullPointerException());
        assertFalse(TransientFailures.isDatabaseUnavailable(bug));
        assertFalse(TransientFailures.isTransient(bug));
    }
}
