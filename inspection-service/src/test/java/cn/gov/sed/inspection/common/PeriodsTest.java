package cn.gov.sed.inspection.common;

import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "to" is inclusive: a date to the end of that day, an instant itself. */
class PeriodsTest {
    @Test
    void aDateCountsWholeAnInstantIsIncluded() {
        QueryParams q = new QueryParams();
        Where byDate = Periods.atOrBefore(new Where(), "plannedAt", "2026-11-28", q.to("2026-11-28", "to"));
        assertEquals("plannedAt < :p0", byDate.hql());
        assertEquals(Instant.parse("2026-11-28T16:00:00Z"), byDate.hqlParams().get("p0"));

        Where byInstant = Periods.atOrBefore(new Where(), "plannedAt", " 2026-11-29T00:00:00+08:00 ",
                q.to(" 2026-11-29T00:00:00+08:00 ", "to"));
        assertEquals("plannedAt <= :p0", byInstant.hql());
        assertEquals(Instant.parse("2026-11-28T16:00:00Z"), byInstant.hqlParams().get("p0"));

        assertEquals("1 = 1", Periods.atOrBefore(new Where(), "plannedAt", null, null).hql());
    }
}
