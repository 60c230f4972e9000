package cn.gov.sed.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.function.IntSupplier;

/**
 * The shell every scheduled job shares, so that a job's class keeps only its own work:
 * <pre>
 * &#64;Scheduled(every = "1m", concurrentExecution = SKIP)
 * void scheduled() { jobs.runScheduled("hazard-overdue-scan", this::scan); }
 *
 * public int scan() { return jobs.runOnce("hazard-overdue-scan", () -&gt; …the work, returning what it counted…); }
 * </pre>
 * One run is one transaction held by one replica at a time ({@link JobLock}); a scheduled run that fails is logged
 * and nothing of it is committed, and the next run retries.
 */
@ApplicationScoped
public class ScheduledJobs {
    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class);

    @Inject
    JobLock jobLock;

    /**
     * One run of the job named {@code jobName} in a transaction (the caller's, or a new one): {@code work} runs only
     * when this replica gets the job's lock. Returns what the work counted, 0 when another replica holds the lock.
     */
    @Transactional
    public int runOnce(String jobName, IntSupplier work) {
        if (!jobLock.tryLock(jobName)) {
            return 0; // another replica is running the job
        }
        return work.getAsInt();
    }

    /**
     * For the job's {@code @Scheduled} method: runs {@code run} (the job's public run, which calls
     * {@link #runOnce}) and logs a failure instead of throwing it, as the next run retries anyway.
     */
    public void runScheduled(String jobName, IntSupplier run) {
        try {
            run.getAsInt();
        } catch (RuntimeException e) {
            LOG.warnf(e, "scheduled job %s failed; the next run retries", jobName);
        }
    }
}
