package cn.gov.sed.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** The body of every list: {@code {items, page, size, total}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

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
}
