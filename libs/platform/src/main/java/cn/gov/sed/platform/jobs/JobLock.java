package cn.gov.sed.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes a scheduled job safe with several replicas: call {@link #tryLock(String)} first in the job's transaction;
 * only the replica that gets the lock runs, and PostgreSQL releases it at commit or rollback (or if the replica
 * dies). The lock key is derived from the job's name, so jobs need no hand-picked numbers.
 */
@ApplicationScoped
public class JobLock {
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(String jobName) {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "sed-job:" + jobName).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }
}
