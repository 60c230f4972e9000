package cn.gov.sed.platform.validation;

/**
 * The size limits of API.md "Limits, hostile input and other tenants (v1.1)", one place for all four services.
 * Request records use them in Bean Validation annotations ({@code @Size(max = Limits.NAME)}), so the limit is
 * checked before anything is stored or published and appears as {@code maxLength}/{@code maxItems} in the spec.
 */
public final class Limits {
    /** names, persons, titles, numbers, addresses, legal bases (characters). */
    public static final int NAME = 200;
    /** descriptions, goals, measures, plans, reasons, comments, minutes, bodies (characters). */
    public static final int TEXT = 4000;
    /** A query parameter's value (a code, a name to search for): longer ones are a 400, documented as maxLength. */
    public static final int QUERY_VALUE = NAME;
    /** lists of ids in a body: hazardIds, photoIds, evidence. */
    public static final int IDS = 50;
    /** department codes in a body. */
    public static final int DEPARTMENTS = 30;
    /** milestones of a task. */
    public static final int MILESTONES = 50;
    /** inspectors (officers) of an inspection. */
    public static final int INSPECTORS = 20;
    /** a JSON request body (bytes); larger → 413. */
    public static final int JSON_BODY_BYTES = 1024 * 1024;
    /** an import file (bytes); larger → 413. */
    public static final long IMPORT_FILE_BYTES = 20L * 1024 * 1024;
    /** rows of an import sheet (beyond the header); more → 400. */
    public static final int IMPORT_ROWS = 10_000;
    /** columns of an import sheet; more → 400, cells past it never materialised. */
    public static final int IMPORT_COLUMNS = 50;

    private Limits() {
    }
}
