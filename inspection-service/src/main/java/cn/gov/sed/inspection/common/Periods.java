package cn.gov.sed.inspection.common;

import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.query.Where;

import java.time.Instant;

/** The {@code to} of this service's period filters is inclusive: "at or before" (the spec's wording). */
public final class Periods {
    private Periods() {
    }

    /**
     * {@code property} at or before {@code to} as parsed by {@link QueryParams#to}: a date counts whole
     * ({@code to} is then the next day's first instant, excluded), an instant is included itself.
     */
    public static Where atOrBefore(Where where, String property, String raw, Instant to) {
        if (to == null) {
            return where;
        }
        boolean date = QueryParams.blankToNull(raw).length() == 10;
        return where.raw("{" + property + "} " + (date ? "<" : "<=") + " ?", to);
    }
}
