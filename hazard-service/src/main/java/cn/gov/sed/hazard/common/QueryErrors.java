package cn.gov.sed.hazard.common;

import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import cn.gov.sed.platform.query.QueryParams;

import java.util.ArrayList;
import java.util.List;

/**
 * One 400 naming every bad query value: those {@link QueryParams} could not parse and the unknown reference codes
 * (district, industry, equipment category) checked beside it. QueryParams has no way to add a violation of one's
 * own yet; when it has, this class goes.
 */
public final class QueryErrors {
    private QueryErrors() {
    }

    public static void throwIfAny(QueryParams q, ValidationException.Builder errors) {
        List<Violation> all = new ArrayList<>(violationsOf(q::throwIfAny));
        all.addAll(violationsOf(errors::throwIfAny));
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> violationsOf(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (ValidationException e) {
            return (List<Violation>) e.problem().getExtensions().get("violations");
        }
    }
}
