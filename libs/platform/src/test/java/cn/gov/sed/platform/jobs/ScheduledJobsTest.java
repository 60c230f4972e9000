package cn.gov.sed.platform.jobs;

import cn.gov.sed.platform.TestNote;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shell of the scheduled jobs against a real PostgreSQL: a run is one transaction, a second replica (another
 * database session) skips the job while the first holds its lock, and a failed scheduled run commits nothing and
 * does not reach the scheduler.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ScheduledJobsTest {
    @Inject
    ScheduledJobs jobs;
    @Inject
    JobLock jobLock;

    @Test
    void aRunIsOneTransactionAndAnswersWhatTheWorkCounted() {
        int counted = jobs.runOnce(job(), () -> {
            assertTrue(QuarkusTransaction.isActive(), "the work runs in the run's transaction");
            return 3;
        });
        assertEquals(3, counted);
    }

    @Test
    void whileAnotherReplicaHoldsTheJobsLockTheWorkDoesNotRun() {
        String job = job();
        AtomicInteger runs = new AtomicInteger();
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(jobLock.tryLock(job), "this session, the first replica, holds the job's lock");
            // a new transaction is another database session: the second replica
            int counted = QuarkusTransaction.requiringNew().call(() -> jobs.runOnce(job, runs::incrementAndGet));
            assertEquals(0, counted);
            assertEquals(0, runs.get(), "the second replica skipped the work");
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> jobs.runOnce(job(), () -> 1)),
                    "another job's lock is its own");
        });
        // the first replica committed: the lock is released
        assertEquals(1, jobs.runOnce(job, runs::incrementAndGet));
        assertEquals(1, runs.get());
    }

    @Test
    void aFailedScheduledRunCommitsNothingAndIsLoggedNotThrown() {
        String job = job();
        String text = "written by a failing job " + UUID.randomUUID();
        assertDoesNotThrow(() -> jobs.runScheduled(job, () -> jobs.runOnce(job, () -> {
            TestNote note = new TestNote();
            note.id = UUID.randomUUID();
            note.district = "120101";
            note.text = text;
            note.created = Instant.now();
            note.persistAndFlush();
            throw new IllegalStateException("the job's work failed");
        })));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> TestNote.count("text", text)));
    }

    private static String job() {
        return "test-job-" + UUID.randomUUID();
    }
}
