package cn.gov.sed.hazard.lists;

import cn.gov.sed.platform.problem.Problem;
import cn.gov.sed.platform.problem.ProblemException;
import cn.gov.sed.platform.spreadsheet.JsonArrayWriter;
import cn.gov.sed.platform.spreadsheet.SheetWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.hibernate.jpa.HibernateHints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The exports of the two lists: JSON when Accept is absent, {@code *}/{@code *} or application/json; CSV (UTF-8
 * with a BOM, so Excel reads the Chinese) or XLSX when asked; a table with Chinese headers.
 * <p>
 * An export is streamed: the records are read from a database cursor (fetch size {@value #FETCH}, the persistence
 * context cleared every {@value #FETCH} rows) inside a read-only transaction opened when the body is written, and
 * each is written as it comes (JSON item by item, CSV row by row, XLSX through a small window of rows), so no export
 * ever holds all its rows. Filters, scope and the Accept header are checked before: a bad request still gets its
 * 4xx problem, never a half-written 200.
 */
public final class Export {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    static final int FETCH = 500;
    private static final int TRANSACTION_SECONDS = 600;
    private static final Pattern QVALUE = Pattern.compile("[01](\\.[0-9]{0,3})?");

    /** The formats, in the order that breaks a tie between equally wanted ones. */
    public enum Format {
        JSON("application/json"), CSV(Export.CSV), XLSX(Export.XLSX);

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    /** One media range of an Accept header: its type in lower case, and its weight. */
    private record MediaRange(String type, double weight) {
        static MediaRange parse(String range) {
            String[] parts = range.split(";");
            return new MediaRange(parts[0].trim().toLowerCase(Locale.ROOT), qvalue(parts));
        }
    }

    /** What an export writes: the sheet's name and headers, and how each record becomes JSON or a row. */
    public record Layout<T>(String fileName, String sheetName, List<String> headers, Function<T, Object> json,
                            Function<T, List<String>> row) {
    }

    private Export() {
    }

    /**
     * The format an {@code Accept} header asks for (RFC 9110, 12.5.1): each format takes the weight ({@code q}) of
     * the most specific media range that matches it ({@code text/csv} before {@code text/*} before {@code *}/{@code *});
     * the highest weight wins, a tie goes to the range the client listed first, then to JSON, CSV, XLSX in that
     * order; {@code q=0} refuses a format. No header is JSON; nothing acceptable is a 406 problem. A weight that is not
     * a qvalue (0 to 1, at most three decimals) counts as absent: the range stays, with weight 1.
     */
    public static Format format(String accept) {
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        List<MediaRange> ranges = Arrays.stream(accept.split(",")).map(MediaRange::parse).toList();
        Format best = null;
        double bestWeight = 0;
        int bestPosition = Integer.MAX_VALUE;
        for (Format format : Format.values()) {
            int specificity = -1;
            double weight = 0;
            int position = Integer.MAX_VALUE;
            for (int i = 0; i < ranges.size(); i++) {
                int matched = specificity(ranges.get(i).type(), format.mediaType);
                if (matched > specificity) {
                    specificity = matched;
                    weight = ranges.get(i).weight();
                    position = i;
                }
            }
            if (weight > bestWeight || (weight > 0 && weight == bestWeight && position < bestPosition)) {
                best = format;
                bestWeight = weight;
                bestPosition = position;
            }
        }
        if (best == null) {
            throw new ProblemException(new Problem("not-acceptable", "Not acceptable", 406,
                    "answers application/json, text/csv or " + XLSX));
        }
        return best;
    }

    /** How closely a media range matches a type: 2 exactly, 1 as {@code type/*}, 0 as {@code *}/{@code *}, else -1. */
    private static int specificity(String range, String type) {
        if (range.equals(type)) {
            return 2;
        }
        if (range.equals("*/*")) {
            return 0;
        }
        return range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1)) ? 1 : -1;
    }

    /** The weight among a media range's parameters ({@code parts[1..]}): 1 when it has none. */
    private static double qvalue(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                String value = parameter.substring(2).trim();
                // RFC 9110's qvalue: 0 to 1, at most three decimals; anything else counts as if it were absent
                return QVALUE.matcher(value).matches() ? Math.min(1, Double.parseDouble(value)) : 1;
            }
        }
        return 1;
    }

    /**
     * The response in the asked format, streaming the records of {@code query} (built inside the export's
     * transaction; it must carry the caller's filter and scope and a stable order).
     */
    public static <T> Response stream(Format format, Supplier<PanacheQuery<T>> query, EntityManager em,
                                      ObjectMapper mapper, Layout<T> layout) {
        StreamingOutput body = out -> QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).run(() -> {
            try {
                switch (format) {
                    case JSON -> {
                        try (JsonArrayWriter json = new JsonArrayWriter(mapper, out)) {
                            each(query, em, t -> json.item(layout.json().apply(t)));
                        }
                    }
                    case CSV, XLSX -> {
                        try (SheetWriter sheet = format == Format.CSV ? SheetWriter.csv(out)
                                : SheetWriter.xlsx(out, layout.sheetName())) {
                            sheet.row(layout.headers());
                            each(query, em, t -> sheet.row(layout.row().apply(t)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return switch (format) {
            case JSON -> Response.ok(body, "application/json").build();
            case CSV -> Response.ok(body, CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + layout.fileName() + ".csv\"").build();
            case XLSX -> Response.ok(body, XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + layout.fileName() + ".xlsx\"").build();
        };
    }

    private interface Each<T> {
        void accept(T t) throws IOException;
    }

    /** Reads the query through a forward-only cursor, read-only, forgetting the entities every FETCH rows. */
    private static <T> void each(Supplier<PanacheQuery<T>> query, EntityManager em, Each<T> each) throws IOException {
        // PostgreSQL plans a JDBC cursor for its whole result: tens of thousands of rows are cheapest read in any
        // order and sorted, so the first row came after all were read and sorted (0.5 s for a district). An export
        // wants its first rows at once: within this transaction only, the order comes from the index of the order
        // (district, found_at, id) and rows are written while the scan goes on.
        em.createNativeQuery("SET LOCAL enable_sort = off").executeUpdate();
        try (Stream<T> records = query.get().withHint(HibernateHints.HINT_FETCH_SIZE, FETCH)
                .withHint(HibernateHints.HINT_READ_ONLY, true).stream()) {
            int n = 0;
            for (var it = records.iterator(); it.hasNext(); ) {
                each.accept(it.next());
                if (++n % FETCH == 0) {
                    em.clear();
                }
            }
        }
    }
}
