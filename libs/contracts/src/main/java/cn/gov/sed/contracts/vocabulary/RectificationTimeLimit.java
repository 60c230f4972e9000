package cn.gov.sed.contracts.vocabulary;

import java.time.LocalDate;

/**
 * The time limit to rectify a hazard (整改期限), the one source of the number: the instruction (监察指令书) gives a
 * general or major finding {@value #DAYS} days from the inspection's completion and a minor one the day itself
 * (fixed on the spot); the hazard list gives a hazard without a plan {@value #DAYS} days from its registration
 * (configurable there). The date travels in {@code HazardFound.rectifyBy} and {@code HazardRegistered.deadline};
 * consumers take it from the event rather than computing it again.
 */
public final class RectificationTimeLimit {
    /** Days to rectify a general or major hazard. */
    public static final int DAYS = 15;

    private RectificationTimeLimit() {
    }

    /** The day by which a finding of this severity must be rectified, counted from {@code from}. */
    public static LocalDate rectifyBy(Severity severity, LocalDate from) {
        return severity == Severity.MINOR ? from : from.plusDays(DAYS);
    }
}
