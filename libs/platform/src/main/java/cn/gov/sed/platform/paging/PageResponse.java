package cn.gov.sed.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The body of every list: {@code {items, page, size, total, totalIsEstimate, next}}. Lists paged by number only
 * ({@link #of}) count exactly and answer no cursor; lists paged by cursor too are answered by {@link KeysetPages}.
 */
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "the page's number, from 0: as asked, or after a cursor the number of pages before it in the walk")
        int page,
        int size,
        @Schema(description = "the items of the whole list (all pages): exact when totalIsEstimate is false")
        long total,
        @Schema(description = "false: total is exact. true: the list is longer than the exact-count limit "
                + "(10,000 rows by default, sed.paging.exact-total-limit), so total is the database planner's estimate "
                + "of its length (never below the limit + 1); the items and the walk are exact all the same")
        boolean totalIsEstimate,
        @Schema(nullable = true, description = "the cursor of the next page, for ?after= on lists that page by "
                + "cursor; null on the last page and on lists that page by number only")
        String next) {

    /** An exactly counted page without a cursor. */
    public PageResponse(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false, null);
    }

    /** Runs a Panache query for one page and maps its entities to views. */
    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        long total = query.count();
        // a page beyond the data (up to page=2147483647) is empty: its first row would overflow an int offset
        if ((long) request.page() * request.size() >= total) {
            return new PageResponse<>(List.of(), request.page(), request.size(), total);
        }
        List<T> items = query.page(request.panachePage()).list().stream().map(view).toList();
        return new PageResponse<>(items, request.page(), request.size(), total);
    }

    /** The same page with its items mapped (the total, the flag and the cursor kept). */
    public <U> PageResponse<U> map(Function<T, U> view) {
        return new PageResponse<>(items.stream().map(view).toList(), page, size, total, totalIsEstimate, next);
    }
}
