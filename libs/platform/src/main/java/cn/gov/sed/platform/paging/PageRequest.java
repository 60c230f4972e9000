package cn.gov.sed.platform.paging;

import cn.gov.sed.platform.problem.ValidationException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import java.util.Map;

/**
 * A validated page request. Sorting names an API field mapped to a persistent property; the id is always the
 * last sort key, so the order is stable across pages.
 */
public record PageRequest(int page, int size, Sort sort) {
    public static final int MAX_SIZE = 200;

    /**
     * @param sortable API field name → entity property; the first entry is the default sort (descending when the
     *                 property is prefixed with {@code -})
     */
    public static PageRequest of(PageParams params, Map<String, String> sortable, String defaultSort) {
        ValidationException.Builder errors = ValidationException.builder();
        int page = parse(params.page, "page", 0, errors);
        int size = parse(params.size, "size", 20, errors);
        errors.check(page >= 0, "page", "must be 0 or more");
        errors.check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        Sort sort = null;
        if (params.sort != null && !params.sort.isBlank()) {
            String[] parts = params.sort.split(",");
            String property = sortable.get(parts[0].trim());
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
            if (property == null) {
                errors.add("sort", "'" + parts[0] + "' is not sortable; use one of " + String.join(", ", sortable.keySet()));
            } else if (!direction.equals("asc") && !direction.equals("desc") || parts.length > 2) {
                errors.add("sort", "must be field,asc or field,desc");
            } else {
                sort = direction.equals("asc") ? Sort.ascending(property) : Sort.descending(property);
            }
        }
        errors.throwIfAny();
        if (sort == null) {
            sort = defaultSort.startsWith("-") ? Sort.descending(defaultSort.substring(1)) : Sort.ascending(defaultSort);
        }
        return new PageRequest(page, size, sort.and("id"));
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

    public Page panachePage() {
        return Page.of(page, size);
    }
}
