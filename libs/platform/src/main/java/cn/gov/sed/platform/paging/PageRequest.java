package cn.gov.sed.platform.paging;

import cn.gov.sed.platform.problem.ValidationException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated page request. Sorting names an API field mapped to a persistent property; the id is always the
 * last sort key, so the order is stable across pages.
 *
 * @param keys  the order as (property, direction), the id last
 * @param after the raw cursor of {@code ?after=} (checked against the list by {@link KeysetPages}), or null
 */
public record PageRequest(int page, int size, Sort sort, List<SortKey> keys, String after) {
    public static final int MAX_SIZE = 200;

    /** One key of the order. */
    public record SortKey(String property, boolean descending) {
        @Override
        public String toString() {
            return (descending ? "-" : "") + property;
        }
    }

    /**
     * A list paged by number.
     *
     * @param sortable API field name → entity property; the first entry is the default sort (descending when the
     *                 property is prefixed with {@code -})
     */
    public static PageRequest of(PageParams params, Map<String, String> sortable, String defaultSort) {
        return parse(params, null, sortable, defaultSort, false);
    }

    /**
     * A list paged by number or by cursor ({@code ?after=}, {@link KeysetPages}). The id follows the direction of
     * the sort ({@code -foundAt} is found_at DESC, id DESC), so one index on (property, id) serves both directions.
     * {@code page} and {@code after} together are a 400.
     */
    public static PageRequest keyset(CursorPageParams params, Map<String, String> sortable, String defaultSort) {
        return parse(params, params.after, sortable, defaultSort, true);
    }

    private static PageRequest parse(PageParams params, String after, Map<String, String> sortable, String defaultSort,
                                     boolean idFollows) {
        ValidationException.Builder errors = ValidationException.builder();
        int page = parse(params.page, "page", 0, errors);
        int size = parse(params.size, "size", 20, errors);
        errors.check(page >= 0, "page", "must be 0 or more");
        errors.check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        String cursor = after == null || after.isBlank() ? null : after.trim();
        if (cursor != null && params.page != null && !params.page.isBlank()) {
            errors.add("after", "page and after cannot be used together: after continues from a cursor, page jumps "
                    + "to a number");
        }
        SortKey first = null;
        if (params.sort != null && !params.sort.isBlank()) {
            String[] parts = params.sort.split(",");
            String property = sortable.get(parts[0].trim());
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
            if (property == null) {
                errors.add("sort", "'" + parts[0] + "' is not sortable; use one of " + String.join(", ", sortable.keySet()));
            } else if (!direction.equals("asc") && !direction.equals("desc") || parts.length > 2) {
                errors.add("sort", "must be field,asc or field,desc");
            } else {
                first = new SortKey(property, direction.equals("desc"));
            }
        }
        errors.throwIfAny();
        if (first == null) {
            first = defaultSort.startsWith("-") ? new SortKey(defaultSort.substring(1), true)
                    : new SortKey(defaultSort, false);
        }
        List<SortKey> keys = new ArrayList<>(List.of(first));
        keys.add(new SortKey("id", idFollows && first.descending()));
        Sort sort = null;
        for (SortKey key : keys) {
            Sort.Direction direction = key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(key.property(), direction) : sort.and(key.property(), direction);
        }
        return new PageRequest(page, size, sort, List.copyOf(keys), cursor);
    }

    private static int parse(String raw, String field, int fallback, ValidationException.Builder errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number");
            return fallback;
        }
    }

    /** The order as text, e.g. {@code -foundAt,-id} (what a cursor is made for). */
    public String order() {
        return keys.stream().map(SortKey::toString).collect(Collectors.joining(","));
    }

    public Page panachePage() {
        return Page.of(page, size);
    }
}
