package cn.gov.sed.platform.query;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhereTest {
    enum Status { OPEN, CLOSED }

    @Test
    void oneFilterWrittenAsHqlAndAsSql() {
        Where where = new Where().eq("district", "120101").eq("unitUscc", null).in("status", List.of(Status.OPEN))
                .raw("({dueDate} IS NULL OR {dueDate} >= ?)", "2026-11-30");
        assertEquals("district = :p0 AND status IN (:p1) AND (dueDate IS NULL OR dueDate >= :p2)", where.hql());
        assertEquals("district = :p0 AND status IN (:p1) AND (due_date IS NULL OR due_date >= :p2)", where.sql());
        assertEquals(List.of(Status.OPEN), where.hqlParams().get("p1"));
        assertEquals(Map.of("p0", "120101", "p1", List.of("OPEN"), "p2", "2026-11-30"), where.sqlParams());
        assertEquals("1 = 1", new Where().hql());
        assertEquals("TRUE", new Where().sql());
    }
}
