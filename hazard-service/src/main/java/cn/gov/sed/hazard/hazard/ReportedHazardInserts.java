package cn.gov.sed.hazard.hazard;

import cn.gov.sed.hazard.common.StoredJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Stores new REPORTED hazards of an import with plain JDBC batches (rewritten into multi-row INSERTs by the
 * driver): the entities are never read back in the request, so the persistence context would only cost time.
 * Writes exactly the columns {@link Hazard#reported} sets, the nested records as Hibernate would (the stored-JSON
 * mapper); joins the caller's transaction.
 */
@ApplicationScoped
class ReportedHazardInserts {
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    void insert(List<Hazard> hazards) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO hazard (id, version, district,"
                    + " found_at, unit_uscc, unit_name, equipment_category, equipment_code, description, inspectors,"
                    + " source, reporting_department, status, listed, rounds, created_at, history)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, FALSE, 0, ?, ?::jsonb)")) {
                int pending = 0;
                for (Hazard h : hazards) {
                    insert.setObject(1, h.id);
                    insert.setString(2, h.district);
                    insert.setObject(3, OffsetDateTime.ofInstant(h.foundAt, ZoneOffset.UTC));
                    insert.setString(4, h.unitUscc);
                    insert.setString(5, h.unitName);
                    insert.setString(6, h.equipmentCategory);
                    insert.setString(7, h.equipmentCode);
                    insert.setString(8, h.description);
                    insert.setString(9, StoredJson.text(h.inspectors));
                    insert.setString(10, h.source.name());
                    insert.setString(11, h.reportingDepartment);
                    insert.setString(12, h.status.name());
                    insert.setObject(13, OffsetDateTime.ofInstant(h.createdAt, ZoneOffset.UTC));
                    insert.setString(14, StoredJson.text(h.history));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }
}
