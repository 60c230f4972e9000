package cn.gov.sed.platform.query;

import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParamsTest {
    enum Colour { RED, GREEN }

    @Test
    void blankIsAbsentAndGoodValuesParse() {
        QueryParams q = new QueryParams();
        assertNull(q.enumOf(Colour.class, "  ", "colour"));
        assertNull(q.text(""));
        assertEquals(Colour.GREEN, q.enumOf(Colour.class, " GREEN ", "colour"));
        assertEquals(Boolean.TRUE, q.bool("TRUE", "flag"));
        UUID id = UUID.randomUUID();
        assertEquals(id, q.uuid(id.toString(), "id"));
        assertEquals(LocalDate.of(2026, 11, 30), q.date("2026-11-30", "day"));
        Instant from = q.from("2026-11-30", "from");
        assertEquals(Instant.parse("2026-11-29T16:00:00Z"), from);
        assertEquals(from.plus(1, ChronoUnit.DAYS), q.to("2026-11-30", "to"), "a date as `to` counts whole");
        assertEquals(Instant.parse("2026-11-30T02:00:00Z"), q.from("2026-11-30T10:00:00+08:00", "from"));
        assertEquals(7, q.integer("7", "top", 1, 100));
        q.throwIfAny();
    }

    @Test
    void everyBadValueIsNamedInOne400() {
        QueryParams q = new QueryParams();
        q.enumOf(Colour.class, "BLUE", "colour");
        q.bool("yes", "flag");
        q.uuid("1-1-1-1-1", "id");
        q.date("30.11.2026", "day");
        q.from("yesterday", "from");
        q.integer("1000", "top", 1, 100);
        ProblemException e = assertThrows(ProblemException.class, q::throwIfAny);
        String violations = String.valueOf(e.problem().getExtensions().get("violations"));
        for (String field : new String[]{"colour", "flag", "id", "day", "from", "top"}) {
            assertTrue(violations.contains("field=" + field), violations);
        }
    }

    @Test
    void atOrBeforeCountsADateWholeAndAnInstantItself() {
        QueryParams q = new QueryParams();
        QueryParams.PeriodEnd day = q.atOrBefore("2026-11-30", "to");
        assertEquals(new QueryParams.PeriodEnd(Instant.parse("2026-11-30T16:00:00Z"), false), day);
        QueryParams.PeriodEnd instant = q.atOrBefore("2026-11-30T10:00:00+08:00", "to");
        assertEquals(new QueryParams.PeriodEnd(Instant.parse("2026-11-30T02:00:00Z"), true), instant);
        assertNull(q.atOrBefore(" ", "to"));
        assertEquals("plannedAt < :p0", new Where().atOrBefore("plannedAt", day).hql());
        assertEquals("planned_at <= :p0", new Where().atOrBefore("plannedAt", instant).sql());
        q.throwIfAny();
    }

    @Test
    void aCallersOwnCheckJoinsTheSame400() {
        QueryParams q = new QueryParams();
        q.enumOf(Colour.class, "BLUE", "colour");
        q.add("district", "unknown district code '999999'");
        ProblemException e = assertThrows(ProblemException.class, q::throwIfAny);
        String violations = String.valueOf(e.problem().getExtensions().get("violations"));
        assertTrue(violations.contains("field=colour") && violations.contains("field=district"), violations);
    }
}
