package cn.gov.sed.task.task;

import cn.gov.sed.platform.query.Where;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gov.sed.task.task.RagRules.Deadline;
import static cn.gov.sed.task.task.RagRules.rag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The RED rule's query condition against its Java rule, on real PostgreSQL. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class RagRulesQueryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Inject
    AgroalDataSource dataSource;

    /** A task of the cases below: its status, due date and milestones. */
    private record Case(TaskStatus status, LocalDate dueDate, List<Deadline> milestones) {
    }

    /**
     * The query condition of the lists' {@code overdue} filter picks exactly the tasks the Java rule lights RED, and
     * its negation exactly the others: the condition runs on the service's PostgreSQL (in a schema of its own, with
     * tables of the same shape), for every case, so the two cannot drift apart.
     */
    @Test
    void theQueryFindsExactlyTheTasksTheLightShowsRed() throws SQLException {
        List<Case> cases = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        dates.add(null);
        for (int d = -2; d <= 5; d++) {
            dates.add(TODAY.plusDays(d));
        }
        for (TaskStatus status : TaskStatus.values()) {
            for (LocalDate due : dates) {
                cases.add(new Case(status, due, List.of()));
                cases.add(new Case(status, due, List.of(new Deadline(TODAY.minusDays(1), true))));
                cases.add(new Case(status, due, List.of(new Deadline(TODAY.minusDays(1), false))));
                cases.add(new Case(status, due, List.of(new Deadline(TODAY, false), new Deadline(TODAY.plusDays(9), false))));
                cases.add(new Case(status, due, List.of(new Deadline(TODAY.plusDays(2), true),
                        new Deadline(TODAY.minusDays(3), false))));
            }
        }
        for (LocalDate today : List.of(TODAY, TODAY.plusDays(2))) {
            try (Connection db = dataSource.getConnection()) {
                db.createStatement().execute("DROP SCHEMA IF EXISTS rag_check CASCADE");
                db.createStatement().execute("CREATE SCHEMA rag_check");
                db.createStatement().execute("SET search_path TO rag_check");
                try {
                    db.createStatement().execute("CREATE TABLE task (id UUID PRIMARY KEY, status VARCHAR(20) NOT NULL,"
                            + " due_date DATE)");
                    db.createStatement().execute("CREATE TABLE task_milestone (id UUID PRIMARY KEY, task_id UUID NOT NULL,"
                            + " due_date DATE NOT NULL, completed_at TIMESTAMP WITH TIME ZONE)");
                    Set<UUID> red = new HashSet<>();
                    Set<UUID> notRed = new HashSet<>();
                    for (Case c : cases) {
                        UUID id = insert(db, c);
                        (rag(c.status(), c.dueDate(), c.milestones(), today) == RagStatus.RED ? red : notRed).add(id);
                    }
                    assertEquals(red, select(db, RagRules.lateBy(new Where(), true, RagRules.redCutoff(today),
                            RagRules.Form.SQL)), "RED on " + today);
                    assertEquals(notRed, select(db, RagRules.lateBy(new Where(), false, RagRules.redCutoff(today),
                            RagRules.Form.SQL)), "not RED on " + today);
                } finally {
                    // the connection goes back to the pool: it must not keep looking at these tables
                    db.createStatement().execute("RESET search_path");
                    db.createStatement().execute("DROP SCHEMA rag_check CASCADE");
                }
            }
        }
    }

    private static UUID insert(Connection db, Case c) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement task = db.prepareStatement("INSERT INTO task VALUES (?, ?, ?)")) {
            task.setObject(1, id);
            task.setString(2, c.status().name());
            task.setObject(3, c.dueDate());
            task.executeUpdate();
        }
        for (Deadline m : c.milestones()) {
            try (PreparedStatement milestone = db.prepareStatement(
                    "INSERT INTO task_milestone VALUES (?, ?, ?, " + (m.done() ? "CURRENT_TIMESTAMP" : "NULL") + ")")) {
                milestone.setObject(1, UUID.randomUUID());
                milestone.setObject(2, id);
                milestone.setObject(3, m.dueDate());
                milestone.executeUpdate();
            }
        }
        return id;
    }

    /** The ids of the tasks meeting {@code where} (its named parameters bound in the order they appear). */
    private static Set<UUID> select(Connection db, Where where) throws SQLException {
        Matcher names = Pattern.compile(":(p\\d+)").matcher(where.sql());
        List<Object> values = new ArrayList<>();
        while (names.find()) {
            values.add(where.sqlParams().get(names.group(1)));
        }
        Set<UUID> ids = new HashSet<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id FROM task WHERE " + where.sql().replaceAll(":p\\d+", "?"))) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }
}
