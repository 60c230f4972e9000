package cn.gov.sed.platform.paging;

import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.query.Where;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pages of a list by number ({@code ?page=}) or by cursor ({@code ?after=}, keyset: fast at any depth), with a
 * total that is exact when cheap and an estimate beyond that:
 * <ul>
 *   <li>a page answers {@code next}, the cursor of the page after it (null on the last page); {@code ?after=next}
 *   continues in the same order under the same filters: the rows after the cursor's sort values, found through
 *   the index of the order, not by skipping rows;</li>
 *   <li>{@code total}: the rows the caller may see with these filters, counted exactly up to
 *   {@code sed.paging.exact-total-limit} (10,000: counting that many index entries costs a few milliseconds);
 *   beyond it the planner's estimate ({@code EXPLAIN}), flagged {@code totalIsEstimate: true}. A page that shows
 *   the end of the list makes the total exact whatever its size.</li>
 *   <li>an estimate is remembered for {@code sed.paging.estimate-seconds} (5) per list, scope and filters (the
 *   same key a cursor is bound to, so one caller's estimate never answers another scope), so a busy list does
 *   not count 10,001 rows and ask the planner on every page: it is an estimate either way. Exact totals are
 *   never remembered.</li>
 * </ul>
 * The scope and the filters ({@code where}) apply to every page; the cursor only positions (see {@link Cursor}).
 * Nulls sort as PostgreSQL sorts them by default: last ascending, first descending.
 */
@ApplicationScoped
public class KeysetPages {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;
    @ConfigProperty(name = "sed.paging.exact-total-limit", defaultValue = "10000")
    long exactTotalLimit;
    @ConfigProperty(name = "sed.paging.estimate-seconds", defaultValue = "5")
    long estimateSeconds;

    /** Estimated totals by list + scope + filters; bounded, each forgotten after {@link #estimateSeconds}. */
    private Cache<String, Long> estimates;

    @PostConstruct
    void estimates() {
        estimates = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(estimateSeconds))
                .build();
    }

    /**
     * One page of {@code entity} rows matching {@code where} (the caller's scope and the filters) in the request's
     * order.
     *
     * @param rows the query of the rows: {@code where} (with the cursor's condition added) in {@code sort}; entities
     *             or a projection whose fields or record components carry the sort properties
     * @param view a row as the API shows it
     */
    public <R, T> PageResponse<T> page(Class<?> entity, Where where, PageRequest request,
                                       BiFunction<Where, Sort, PanacheQuery<R>> rows, Function<R, T> view) {
        String context = entity.getName() + "|" + where.hql() + "|" + where.hqlParams().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        Cursor cursor = request.after() == null ? null : Cursor.decode(request.after(), request.order(), context);
        List<Object> after = cursor == null ? null : typed(entity, request.keys(), cursor.values());
        long[] total = total(entity, where, context);

        int page = cursor == null ? request.page() : cursor.page();
        long offset = cursor == null ? (long) request.page() * request.size() : 0;
        if (offset + request.size() >= Integer.MAX_VALUE) {
            // far beyond any data: an empty page, never an overflowing offset
            return new PageResponse<>(List.of(), page, request.size(), total[0], total[1] == 1, null);
        }
        if (after != null) {
            addAfter(where, request.keys(), after);
        }
        List<R> found = rows.apply(where, request.sort()).range((int) offset, (int) offset + request.size()).list();
        boolean more = found.size() > request.size();
        List<R> shown = more ? found.subList(0, request.size()) : found;
        String next = null;
        if (more) {
            R last = shown.get(shown.size() - 1);
            List<String> values = request.keys().stream().map(k -> text(read(last, k.property()))).toList();
            next = new Cursor(request.order(), values, page == Integer.MAX_VALUE ? page : page + 1).encode(context);
        }
        if (!more && cursor == null && (offset == 0 || !shown.isEmpty())) {
            // this page shows where the list ends: the total is known exactly
            total = new long[] {offset + shown.size(), 0};
        }
        return new PageResponse<>(shown.stream().map(view).toList(), page, request.size(), total[0], total[1] == 1,
                next);
    }

    /** {total, 1 when estimated}: an exact count up to the limit, the planner's estimate beyond it. */
    private long[] total(Class<?> entity, Where where, String context) {
        Long remembered = estimateSeconds > 0 ? estimates.getIfPresent(context) : null;
        if (remembered != null) {
            return new long[] {remembered, 1};
        }
        long[] counted = count(entity, where);
        if (counted[1] == 1 && estimateSeconds > 0) {
            estimates.put(context, counted[0]);
        }
        return counted;
    }

    private long[] count(Class<?> entity, Where where) {
        String from = " FROM " + table(entity) + " WHERE " + where.sql();
        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1" + from + " LIMIT "
                + (exactTotalLimit + 1) + ") AS capped");
        where.sqlParams().forEach(count::setParameter);
        long exact = ((Number) count.getSingleResult()).longValue();
        if (exact <= exactTotalLimit) {
            return new long[] {exact, 0};
        }
        @SuppressWarnings("unchecked")
        NativeQuery<String> explain = em.createNativeQuery("EXPLAIN (FORMAT JSON) SELECT 1" + from)
                .unwrap(NativeQuery.class).addScalar("QUERY PLAN", StandardBasicTypes.STRING);
        where.sqlParams().forEach(explain::setParameter);
        try {
            JsonNode plan = JSON.readTree(explain.getSingleResult());
            long estimate = plan.path(0).path("Plan").path("Plan Rows").asLong(0);
            return new long[] {Math.max(estimate, exactTotalLimit + 1), 1};
        } catch (java.io.IOException e) {
            return new long[] {exactTotalLimit + 1, 1};
        }
    }

    /**
     * The rows after the cursor's values: for keys k1..kn, "k1 after v1, or k1 = v1 and k2 after v2, …", with a
     * leading "k1 at or after v1" the index range starts from.
     */
    private static void addAfter(Where where, List<PageRequest.SortKey> keys, List<Object> values) {
        StringBuilder condition = new StringBuilder();
        List<Object> params = new ArrayList<>();
        String bound = bound(keys.get(0), values.get(0), params);
        StringBuilder equalSoFar = new StringBuilder();
        List<Object> equalParams = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        List<Object> alternativeParams = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<Object> p = new ArrayList<>();
            String strictly = after(keys.get(i), values.get(i), p);
            alternatives.add("(" + equalSoFar + strictly + ")");
            alternativeParams.addAll(equalParams);
            alternativeParams.addAll(p);
            equalSoFar.append(equal(keys.get(i), values.get(i), equalParams)).append(" AND ");
        }
        if (bound != null) {
            condition.append(bound).append(" AND ");
        }
        condition.append("(").append(String.join(" OR ", alternatives)).append(")");
        params.addAll(alternativeParams);
        where.raw(condition.toString(), params.toArray());
    }

    /** Strictly after {@code v} in the key's order (PostgreSQL: nulls last ascending, first descending). */
    private static String after(PageRequest.SortKey key, Object v, List<Object> params) {
        String k = "{" + key.property() + "}";
        if (v == null) {
            return key.descending() ? k + " IS NOT NULL" : "1 = 0";
        }
        params.add(v);
        return key.descending() ? k + " < ?" : "(" + k + " > ? OR " + k + " IS NULL)";
    }

    private static String equal(PageRequest.SortKey key, Object v, List<Object> params) {
        String k = "{" + key.property() + "}";
        if (v == null) {
            return k + " IS NULL";
        }
        params.add(v);
        return k + " = ?";
    }

    /** At or after {@code v}: the range an index on the first key starts from; null when it bounds nothing. */
    private static String bound(PageRequest.SortKey key, Object v, List<Object> params) {
        String k = "{" + key.property() + "}";
        if (v == null) {
            return key.descending() ? null : k + " IS NULL";
        }
        params.add(v);
        return key.descending() ? k + " <= ?" : "(" + k + " >= ? OR " + k + " IS NULL)";
    }

    /** The cursor's values as the entity's property types; 400 on {@code after} when they are not. */
    private static List<Object> typed(Class<?> entity, List<PageRequest.SortKey> keys, List<String> values) {
        if (values.size() != keys.size()) {
            throw ValidationException.of("after", "is not a cursor of this list (use the `next` of a page)");
        }
        List<Object> out = new ArrayList<>();
        try {
            for (int i = 0; i < keys.size(); i++) {
                out.add(parse(field(entity, keys.get(i).property()).getType(), values.get(i)));
            }
        } catch (RuntimeException e) {
            throw ValidationException.of("after", "is not a cursor of this list (use the `next` of a page)");
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String text) {
        if (text == null) {
            return null;
        }
        if (type == String.class) {
            return text;
        }
        if (type == UUID.class) {
            return UUID.fromString(text);
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        if (type == Long.class || type == long.class) {
            return Long.parseLong(text);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalStateException("a sort key of type " + type.getName() + " cannot be in a cursor");
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** A sort property of a row: a record component or a field of that name. */
    private static Object read(Object row, String property) {
        try {
            if (row.getClass().isRecord()) {
                for (RecordComponent c : row.getClass().getRecordComponents()) {
                    if (c.getName().equals(property)) {
                        return c.getAccessor().invoke(row);
                    }
                }
            }
            Field f = field(row.getClass(), property);
            f.setAccessible(true);
            return f.get(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the rows of the list carry no sort property " + property, e);
        }
    }

    private static Field field(Class<?> type, String property) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(property);
            } catch (NoSuchFieldException e) {
                // up the hierarchy
            }
        }
        throw new IllegalStateException(type.getName() + " has no property " + property);
    }

    private static String table(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        return table != null && !table.name().isBlank() ? table.name() : Where.snake(entity.getSimpleName());
    }
}
