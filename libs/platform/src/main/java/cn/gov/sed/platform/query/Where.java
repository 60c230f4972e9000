package cn.gov.sed.platform.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause built from conditions on entity properties (camelCase), written either as HQL for Panache
 * or as SQL for the aggregations (the columns are the snake_case of the properties, Quarkus' default naming).
 * Lists, exports and statistics share one filter and one scope this way; the one criteria builder of the suite.
 */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** {@code property = value}; nothing when value is null. */
    public Where eq(String property, Object value) {
        if (value != null) {
            conditions.add("{" + property + "} = :" + param(value));
        }
        return this;
    }

    public Where in(String property, Collection<?> values) {
        if (values != null) {
            conditions.add("{" + property + "} IN (:" + param(values) + ")");
        }
        return this;
    }

    public Where ge(String property, Object value) {
        if (value != null) {
            conditions.add("{" + property + "} >= :" + param(value));
        }
        return this;
    }

    public Where lt(String property, Object value) {
        if (value != null) {
            conditions.add("{" + property + "} < :" + param(value));
        }
        return this;
    }

    /** {@code property} at or before the period's end ({@link QueryParams#atOrBefore}); nothing when absent. */
    public Where atOrBefore(String property, QueryParams.PeriodEnd end) {
        if (end != null) {
            conditions.add("{" + property + "} " + (end.inclusive() ? "<=" : "<") + " :" + param(end.at()));
        }
        return this;
    }

    /** A free condition: {@code {property}} marks properties, {@code ?} placeholders take {@code values} in order. */
    public Where raw(String condition, Object... values) {
        String c = condition;
        for (Object v : values) {
            c = c.replaceFirst("\\?", ":" + param(v));
        }
        conditions.add(c);
        return this;
    }

    private String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }

    /** For Panache / HQL; enum values stay enums. */
    public String hql() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions).replaceAll("\\{(\\w+)}", "$1");
    }

    public Map<String, Object> hqlParams() {
        return params;
    }

    /** For native SQL; enum values become their names. */
    public String sql() {
        if (conditions.isEmpty()) {
            return "TRUE";
        }
        StringBuilder out = new StringBuilder();
        var m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(String.join(" AND ", conditions));
        while (m.find()) {
            m.appendReplacement(out, snake(m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    public Map<String, Object> sqlParams() {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, sqlValue(v)));
        return out;
    }

    private static Object sqlValue(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Where::sqlValue).toList();
        }
        return v;
    }

    public static String snake(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
