package cn.gov.sed.hazard.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The dates a request may carry: JSON accepts years up to ±999,999,999, PostgreSQL's DATE and TIMESTAMPTZ do
 * not, and no hazard is found, planned or closed outside these. A date outside is a 400 naming the field, never
 * a 500 from the database.
 */
public final class DateRange {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final String MESSAGE = "must be between " + EARLIEST + " and " + LATEST;

    private DateRange() {
    }

    public static boolean contains(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }

    public static boolean contains(OffsetDateTime at) {
        return at == null || contains(at.toLocalDate()); // its own offset's date: a day more or less is no matter
    }
}
