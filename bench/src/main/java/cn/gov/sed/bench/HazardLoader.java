package cn.gov.sed.bench;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.reference.EquipmentCatalogue;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.reference.ReferenceEntry;
import cn.gov.sed.contracts.vocabulary.CreditCode;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings hazard-service's database to a given number of hazards (a million by default) with the spreads of a
 * real campaign, straight into the service's own schema, set-based: a few small tables of choices (units, and
 * equipment category × checklist item slots) are copied in, then one {@code INSERT … SELECT … FROM
 * generate_series} writes every hazard with its plan, revisions, reports, re-inspections, enforcement actions
 * and history. Run it after the service's Flyway has migrated the database. The service's triggers (the
 * statistics' rollups) are off while the rows are written by two connections, and the rollups are rebuilt
 * set-based afterwards, by the service's own {@code hazard_rollup_rebuild()}. The nested records are written as
 * JSON text and cast to whatever type the column has today (read from {@code information_schema}), so the loader
 * serves the JSON-text schema and a {@code jsonb} one.
 *
 * <p>Spreads: 16 districts weighted by size (滨海新区 largest); tens of thousands of units, a few with many hazards
 * and a long tail (unit drawn as {@code U·u²}); equipment kinds as registered in a city (elevators first) and a
 * checklist item that applies to the category; severity mostly the item's default; found dates over three years,
 * more recent ones more frequent; old listed hazards mostly verified, recent ones open, some past their deadline
 * (with the overdue levels already announced, as a live service would have them); 4 % department reports, some
 * still to classify or removed. Random choices are hashes of the row number, so a load is reproducible.
 */
final class HazardLoader {
    /** Share of hazards per district, in the order of ReferenceData.districts() (120101 … 120119). */
    private static final double[] DISTRICT_WEIGHTS =
            {4, 6, 8, 8, 6, 4, 6.5, 7.5, 6, 6.5, 7, 4.5, 13, 3, 4.5, 5.5};
    /** Equipment kinds (种类) by how often their equipment is inspected. */
    private static final Map<String, Double> KIND_WEIGHTS = Map.of("3000", 45.0, "2000", 22.0, "4000", 12.0,
            "5000", 9.0, "1000", 5.0, "8000", 4.0, "6000", 2.0, "9000", 1.0);
    private static final int SLOTS = 10_000;
    private static final int MAX_ROUNDS = 2;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明"};

    record Result(long hazards, double loadSeconds, double analyzeSeconds, double postgresCpuSeconds, Map<String, Long> byStatus,
                  Map<String, Long> bySeverity, long listed, long overdue, long units, String bigDistrict,
                  long bigDistrictListed) {
    }

    private final String url;
    private final String user;
    private final String password;

    HazardLoader(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * The loader alone, against any hazard-service database already migrated:
     * {@code java -cp bench/target/bench.jar cn.gov.sed.bench.HazardLoader jdbc:postgresql://host:port/hazard user password [hazards]}.
     */
    public static void main(String[] args) throws Exception {
        Result r = new HazardLoader(args[0], args[1], args[2]).load(args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000);
        System.out.println(r);
    }

    Result load(int hazards) throws Exception {
        int units = Math.max(100, hazards / 25); // a million hazards: 40,000 units
        long started = System.nanoTime();
        Map<String, String> indexes;
        long postmaster;
        double cpuBefore;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            postmaster = postmaster(s);
            cpuBefore = childCpuSeconds(postmaster);
            s.execute("ALTER TABLE hazard SET (autovacuum_enabled = off)"); // vacuumed once, after the load
            s.execute("SET synchronous_commit = off");
            s.execute("SET maintenance_work_mem = '256MB'");
            s.execute("SET work_mem = '64MB'");
            Map<String, String> types = columnTypes(s);
            copyChoices(c, s, units);
            indexes = secondaryIndexes(s);
            for (String name : indexes.keySet()) { // built again once, after the rows: far cheaper than row by row
                s.execute("DROP INDEX " + name);
            }
            int salt = (int) (System.currentTimeMillis() & 0x7fff_ffff);
            // the triggers that keep the statistics' rollups are off while loading (row by row they would cost
            // more than the rows, and two writers would contend for the same rollup rows); the rollups are
            // rebuilt set-based after the rows, below
            if (triggers(s) > 0) {
                s.execute("ALTER TABLE hazard DISABLE TRIGGER USER");
            }
            try {
                insertRows(types, hazards, units, salt, 2, started);
            } finally {
                s.execute("ALTER TABLE hazard ENABLE TRIGGER USER");
            }
        }
        // the rollups are summarised while the indexes build: both only read the rows (the rebuild's SHARE lock and
        // CREATE INDEX's are compatible), and the rebuild scans the table without needing an index
        ExecutorService side = Executors.newSingleThreadExecutor();
        try {
            Future<?> rollups = side.submit(() -> {
                rebuildRollups(started);
                return null;
            });
            rebuild(indexes);
            log("indexes built", started);
            rollups.get();
        } finally {
            side.shutdown();
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            if (!Boolean.getBoolean("sed.bench.keepChoices")) { // kept only to study the INSERT's plan
                s.execute("DROP TABLE bench_unit, bench_pick, bench_department");
            }
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long analyzing = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE hazard RESET (autovacuum_enabled)");
            s.execute("VACUUM (ANALYZE) hazard"); // the visibility map a settled table has, for index-only scans
            s.execute("ANALYZE");
        }
        double analyzeSeconds = (System.nanoTime() - analyzing) / 1e9;
        return summary(loadSeconds, analyzeSeconds, childCpuSeconds(postmaster) - cpuBefore, units);
    }

    /** The PostgreSQL server process (the parent of this connection's backend), when it runs on this machine. */
    private static long postmaster(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", rs.getString(1), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1; // another machine: no CPU figure
        }
    }

    /**
     * CPU seconds of the server's exited children (the loader's connections, index builds, vacuum): what the load
     * cost PostgreSQL, whatever else the machine was doing. NaN when the server is not on this machine.
     */
    private static double childCpuSeconds(long postmaster) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(postmaster), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0; // cutime + cstime, USER_HZ 100
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static final String TODAY = "(now() AT TIME ZONE 'Asia/Shanghai')::date";

    private static void log(String what, long started) {
        System.out.printf("loader: %s after %.1f s%n", what, (System.nanoTime() - started) / 1e9);
    }

    /** The type of each column of hazard, as a cast names it (text, varchar, jsonb, uuid …). */
    private static Map<String, String> columnTypes(Statement s) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT column_name, udt_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = 'hazard' ORDER BY ordinal_position")) {
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2));
            }
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("no table hazard: start hazard-service first (its Flyway creates it)");
        }
        return types;
    }

    private static int triggers(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'hazard'::regclass"
                + " AND NOT tgisinternal")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The rows in chunks of consecutive row numbers, written by {@code writers} connections. */
    private void insertRows(Map<String, String> types, int hazards, int units, int salt, int writers, long started)
            throws Exception {
        int chunk = Math.max(10_000, hazards / 10);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int from = 1; from <= hazards; from += chunk) {
                String sql = insertSql(types, from, Math.min(hazards, from + chunk - 1), hazards, units, salt);
                parts.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, user, password);
                         Statement s = c.createStatement()) {
                        s.execute("SET synchronous_commit = off");
                        s.execute("SET work_mem = '64MB'");
                        s.execute(sql);
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            log("hazards written (" + writers + " writers)", started);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Fills the statistics' rollups from the rows loaded (hazard-service's {@code hazard_rollup_rebuild()}, one
     * {@code INSERT … SELECT … GROUP BY} per rollup), when the schema has them. Run after the triggers are on
     * again: a write in between is counted by its trigger and then again from scratch by the rebuild, never lost.
     */
    private void rebuildRollups(long started) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT to_regproc('hazard_rollup_rebuild') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return;
                }
            }
            s.execute("SET work_mem = '256MB'");
            s.execute("SET maintenance_work_mem = '256MB'");
            s.execute("SELECT hazard_rollup_rebuild()");
            log("statistics rollups rebuilt", started);
        }
    }

    /** Indexes of hazard that back no constraint (the primary key and the unique finding id stay). */
    private static Map<String, String> secondaryIndexes(Statement s) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                + " FROM pg_index i WHERE i.indrelid = 'hazard'::regclass"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)")) {
            while (rs.next()) {
                indexes.put(rs.getString(1), rs.getString(2));
            }
        }
        return indexes;
    }

    /** Builds the indexes again, two at a time (one per core of a small machine). */
    private void rebuild(Map<String, String> indexes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> builds = new ArrayList<>();
            for (String definition : indexes.values()) {
                builds.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, user, password);
                         Statement s = c.createStatement()) {
                        s.execute("SET maintenance_work_mem = '256MB'");
                        s.execute(definition);
                    }
                    return null;
                }));
            }
            for (Future<?> build : builds) {
                build.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The units and the (equipment category, checklist item) slots the rows draw from, as temporary tables. */
    private static void copyChoices(Connection c, Statement s, int units) throws Exception {
        ReferenceData ref = ReferenceData.get();
        Random random = new Random(42);
        s.execute("DROP TABLE IF EXISTS bench_unit, bench_pick, bench_department");
        s.execute("CREATE UNLOGGED TABLE bench_unit (n int PRIMARY KEY, unit_id uuid, uscc text, name text, district text,"
                + " industry text, usage_environment text, contact_name text, contact_phone text)");
        List<ReferenceEntry> districts = ref.districts().all();
        List<ReferenceEntry> industries = ref.industries().all();
        double[] industryWeights = new double[industries.size()];
        for (int i = 0; i < industries.size(); i++) {
            industryWeights[i] = switch (industries.get(i).code()) {
                case "RESIDENTIAL_PROPERTY" -> 30;
                case "MANUFACTURING" -> 20;
                case "COMMERCE_RETAIL" -> 10;
                case "HOTEL_CATERING", "HEALTHCARE", "PETROCHEMICAL", "CONSTRUCTION" -> 5;
                default -> 2;
            };
        }
        StringBuilder rows = new StringBuilder();
        for (int n = 1; n <= units; n++) {
            ReferenceEntry district = districts.get(pick(DISTRICT_WEIGHTS, random));
            ReferenceEntry industry = industries.get(pick(industryWeights, random));
            String uscc = CreditCode.withCheckCharacter("91" + district.code() + "MA" + base31(n, 7));
            String contact = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            rows.append(n).append('\t').append(new java.util.UUID(random.nextLong(), random.nextLong())).append('\t')
                    .append(uscc).append('\t')
                    .append("天津市").append(district.nameZh()).append(industry.nameZh()).append("单位").append(n).append("有限公司\t")
                    .append(district.code()).append('\t').append(industry.code()).append('\t')
                    .append(environment(industry.code())).append('\t').append(contact).append('\t')
                    .append(String.format("139%08d", random.nextInt(100_000_000))).append('\n');
        }
        copy(c, "bench_unit", rows.toString());

        // SLOTS slots, each a leaf category of a kind (by the kind's weight) and a checklist item that applies to it
        EquipmentCatalogue catalogue = ref.equipmentCatalogue();
        List<String> kinds = new ArrayList<>(KIND_WEIGHTS.keySet());
        double[] kindWeights = kinds.stream().mapToDouble(KIND_WEIGHTS::get).toArray();
        Map<String, List<String>> leaves = new LinkedHashMap<>();
        for (String kind : kinds) {
            leaves.put(kind, catalogue.codes().all().stream().map(e -> e.code())
                    .filter(code -> catalogue.isRegistrableLeaf(code) && catalogue.isWithin(code, kind)).toList());
        }
        s.execute("CREATE UNLOGGED TABLE bench_pick (slot int PRIMARY KEY, category text, item text, standard text,"
                + " severity text, hazard_type text, content text)");
        rows.setLength(0);
        for (int slot = 0; slot < SLOTS; slot++) {
            List<String> kindLeaves = leaves.get(kinds.get(pick(kindWeights, random)));
            String category = kindLeaves.get(random.nextInt(kindLeaves.size()));
            List<ChecklistEntry> items = ref.checklist().all().stream().filter(i -> i.categories().contains("*")
                    || i.categories().stream().anyMatch(cat -> catalogue.isWithin(category, cat))).toList();
            // minor items are found most often, major ones least (about a quarter minor, a sixth major)
            double[] itemWeights = items.stream().mapToDouble(i -> switch (i.defaultSeverity()) {
                case MINOR -> 4;
                case GENERAL -> 4;
                case MAJOR -> 1;
            }).toArray();
            ChecklistEntry item = items.get(pick(itemWeights, random));
            rows.append(slot).append('\t').append(category).append('\t').append(item.code()).append('\t')
                    .append(item.hazardStandardZh()).append('\t').append(item.defaultSeverity()).append('\t')
                    .append(item.hazardType()).append('\t').append(item.contentZh()).append('\n');
        }
        copy(c, "bench_pick", rows.toString());
        List<ReferenceEntry> departments = ref.departments().all().stream()
                .filter(d -> !d.code().equals("MARKET_SUPERVISION")).toList();
        s.execute("CREATE UNLOGGED TABLE bench_department (n int PRIMARY KEY, code text)");
        rows.setLength(0);
        for (int i = 0; i < departments.size(); i++) {
            rows.append(i).append('\t').append(departments.get(i).code()).append('\n');
        }
        copy(c, "bench_department", rows.toString());
        s.execute("ANALYZE bench_unit; ANALYZE bench_pick; ANALYZE bench_department");
    }

    private static void copy(Connection c, String table, String rows) throws Exception {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN", new StringReader(rows));
    }

    private static int pick(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String base31(long n, int width) {
        String alphabet = CreditCode.alphabet();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < width; i++) {
            out.insert(0, alphabet.charAt((int) (n % alphabet.length())));
            n /= alphabet.length();
        }
        return out.toString();
    }

    private static String environment(String industry) {
        return switch (industry) {
            case "RESIDENTIAL_PROPERTY" -> "RESIDENTIAL";
            case "COMMERCE_RETAIL" -> "MALL";
            case "HOTEL_CATERING" -> "HOTEL";
            case "EDUCATION" -> "SCHOOL";
            case "HEALTHCARE" -> "HOSPITAL";
            case "ELDERLY_CARE" -> "ELDERLY_CARE";
            case "CULTURE_TOURISM" -> "TOURIST_SITE";
            case "TRANSPORT" -> "TRANSPORT_HUB";
            case "PORT_LOGISTICS" -> "PORT";
            case "MANUFACTURING", "PETROCHEMICAL", "ENERGY_UTILITIES", "GAS_FILLING" -> "FACTORY";
            case "CONSTRUCTION" -> "CONSTRUCTION_SITE";
            default -> "OTHER";
        };
    }

    /** A uniform number in [0, 1) drawn from the row number g and the stream k (a hash: reproducible). */
    private static String u(int k) {
        return "((hashint4((g * 64 + " + k + ") # salt)::float8 + 2147483648) / 4294967296)";
    }

    /** Date-time as the service's JSON writes it: ISO-8601 in Asia/Shanghai. */
    private static String iso(String timestamptz) {
        return "to_char((" + timestamptz + ") AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+08:00\"')";
    }

    /** The date-times the nested records show, each formatted once per row (a column of its own level). */
    private static final class Stamps {
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private final Map<String, String> conditions = new LinkedHashMap<>();

        /** The column holding {@code timestamptz} as the service writes it. */
        String of(String timestamptz) {
            return of(timestamptz, null);
        }

        /** As {@link #of(String)}, formatted only for the rows that show it ({@code when}), null for the others. */
        String of(String timestamptz, String when) {
            if (when != null) {
                conditions.put(timestamptz, when);
            }
            return aliases.computeIfAbsent(timestamptz, t -> "ts" + aliases.size());
        }

        String columns() {
            StringBuilder out = new StringBuilder();
            aliases.forEach((expression, alias) -> {
                String when = conditions.get(expression);
                out.append(", ").append(when == null ? iso(expression) : "CASE WHEN " + when + " THEN " + iso(expression) + " END")
                        .append(" AS ").append(alias);
            });
            return out.toString();
        }
    }

    /*
     * The nested records are written as JSON text by concatenation (several times cheaper than building jsonb
     * values), then cast to the column's type. Every value put in a string is of the loader's own making or from
     * the reference data: none holds a quote or a backslash.
     */

    /** A JSON string of a non-null SQL text expression. */
    private static String q(String expression) {
        return "('\"' || " + expression + " || '\"')";
    }

    /** A JSON object of (key, SQL expression of its JSON value) pairs; null when a value is null. */
    private static String obj(String... keysAndValues) {
        StringBuilder out = new StringBuilder("('{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.append(i == 0 ? "" : " || ',").append('"').append(keysAndValues[i]).append("\":' || ")
                    .append(keysAndValues[i + 1]);
        }
        return out.append(" || '}')").toString();
    }

    /** A JSON array of the elements that are not null (each a SQL expression of a JSON value, or null). */
    private static String arr(List<String> elements) {
        return "('[' || concat_ws(',', " + String.join(", ", elements) + ") || ']')";
    }

    /** A history entry; {@code at} is a formatted date-time (a {@link Stamps} column), {@code from} may be null. */
    private static String entry(String at, String actor, String from, String to, String comment) {
        return obj("at", q(at), "actor", q(actor), "from", from == null ? "'null'" : q(from), "to", q(to),
                "comment", q(comment));
    }

    /**
     * One INSERT of every hazard. Level r draws the random numbers and the unit and slot; level d decides the
     * hazard's facts (source, severity, status, rounds, dates); the outer level writes the columns and nested
     * records. {@code OFFSET 0} keeps each level computed once per row rather than inlined into every use.
     */
    private static String insertSql(Map<String, String> types, int from, int to, int hazards, int units, int salt) {
        String r = "SELECT g, " + salt + " AS salt FROM generate_series(" + from + ", " + to + ") g";
        String draws = "SELECT g, salt, "
                + u(1) + " AS u_unit, " + u(2) + " AS u_pick, " + u(3) + " AS u_src, " + u(4) + " AS u_age, "
                + u(5) + " AS u_time, " + u(6) + " AS u_sev, " + u(7) + " AS u_done, " + u(8) + " AS u_open, "
                + u(9) + " AS u_round, " + u(10) + " AS u_rev, " + u(11) + " AS u_t1, " + u(12) + " AS u_t2, "
                + u(13) + " AS u_rep, " + u(14) + " AS u_enf, " + u(15) + " AS u_method, " + u(16) + " AS u_ins, "
                + u(17) + " AS u_dept FROM (" + r + ") s OFFSET 0";
        String severity = "CASE WHEN dept AND (age < 30 AND u_rep < 0.5 OR u_rep > 0.8) THEN NULL"
                + " WHEN u_sev < 0.8 THEN item_severity"
                + " WHEN u_sev < 0.9 THEN CASE item_severity WHEN 'MAJOR' THEN 'GENERAL' ELSE 'MINOR' END"
                + " ELSE CASE item_severity WHEN 'MINOR' THEN 'GENERAL' ELSE 'MAJOR' END END";
        String facts = "SELECT x.*, " + severity + " AS severity FROM (SELECT r.*, un.*, p.category, p.item, p.standard,"
                + " p.severity AS item_severity, p.hazard_type AS item_type, p.content, dp.code AS department,"
                // rows in the order they were found, as a live table is (the oldest first)
                + " u_src < 0.04 AS dept, floor(1095 * power((" + hazards + " - g + u_age) / " + hazards + ", 1.3))::int AS age,"
                + " CASE WHEN u_round < 0.85 THEN 0 WHEN u_round < 0.97 THEN 1 ELSE 2 END AS rounds"
                + " FROM (" + draws + ") r"
                + " JOIN bench_unit un ON un.n = 1 + floor(" + units + " * u_unit * u_unit)::int"
                + " JOIN bench_pick p ON p.slot = floor(" + SLOTS + " * u_pick)::int"
                + " JOIN bench_department dp ON dp.n = floor((SELECT count(*) FROM bench_department) * u_dept)::int"
                + " OFFSET 0) x";
        String status = "CASE WHEN dept AND age < 30 AND u_rep < 0.5 THEN 'REPORTED'"
                + " WHEN dept AND u_rep > 0.8 THEN 'REMOVED'"
                + " WHEN severity = 'MINOR' THEN 'RECORDED'"
                + " WHEN u_done < CASE WHEN age < 15 THEN 0.05 WHEN age < 45 THEN 0.5 WHEN age < 90 THEN 0.85 ELSE 0.97 END"
                + "   THEN 'VERIFIED'"
                + " WHEN u_open < 0.3 THEN 'LISTED' WHEN u_open < 0.8 THEN 'RECTIFYING' ELSE 'PENDING_VERIFICATION' END";
        // found during an office day, three years back at most; registered an hour later (a report: a day later)
        String times = "SELECT f.*, " + status + " AS status,"
                + " found_at + CASE WHEN dept THEN interval '1 day' ELSE interval '1 hour' END AS reg_at,"
                + " ((found_at + CASE WHEN dept THEN interval '1 day' ELSE interval '1 hour' END)"
                + "   AT TIME ZONE 'Asia/Shanghai')::date AS reg_on"
                + " FROM (SELECT d.*, LEAST(now() - interval '10 minutes', (((now() AT TIME ZONE 'Asia/Shanghai')::date - age)"
                + "   + interval '8 hours' + u_time * interval '10 hours') AT TIME ZONE 'Asia/Shanghai') AS found_at"
                + "   FROM (" + facts + ") d) f OFFSET 0";
        String planned = "status IN ('RECTIFYING', 'PENDING_VERIFICATION', 'VERIFIED')";
        String steps = "SELECT t.*, " + planned + " AS planned,"
                + " reg_at + (1 + 4 * u_t1) * interval '1 day' AS plan_at,"
                + " reg_on + 15 + floor(45 * u_t2)::int AS plan_deadline,"
                + " md5('h' || salt || '-' || g)::uuid AS id, md5('f' || salt || '-' || g)::uuid AS finding_id,"
                + " 'unit:' || uscc AS unit_sub, 'inspector-' || district AS inspector_sub,"
                + " (ARRAY['" + String.join("','", SURNAMES) + "'])[1 + floor(12 * u_method)::int] || '检查' AS inspector_name"
                + " FROM (" + times + ") t OFFSET 0";

        // the nested records
        String plan = obj("responsiblePerson", q("contact_name"), "measures", q("'按' || standard || '逐项整改，更换部件并复测'"),
                "funds", q("(2000 + floor(48000 * u_t2))::int || '.00'"), "deadline", q("%s::text"),
                "contingencyPlan", q("'停用设备并设置警示，专人值守'"), "plannedAt", q("%s"), "plannedBy", q("unit_sub"));
        String currentPlanAt = "plan_at + CASE WHEN u_rev < 0.1 THEN interval '1 day' ELSE interval '0' END";
        Stamps st = new Stamps();
        String history = entryList(st, currentPlanAt);
        List<String> reports = new ArrayList<>();
        List<String> verifications = new ArrayList<>();
        for (int i = 0; i <= MAX_ROUNDS; i++) {
            String when = "planned AND rounds >= " + i;
            String verifiedAt = q(st.of(verifiedAt(i), when));
            String report = obj("description", q("'已按整改方案完成整改（第" + (i + 1) + "次）'"),
                    "completedAt", q(st.of(reportAt(i) + " - interval '2 hours'", when)),
                    "evidence", "'[' || " + q("md5('a' || salt || '-' || g || '-" + i + "')::uuid::text") + " || ']'",
                    "submittedAt", q(st.of(reportAt(i), when)), "submittedBy", q("unit_sub"));
            String failed = obj("round", "'" + (i + 1) + "'", "result", "'\"FAILED\"'", "inspector", q("inspector_name"),
                    "comment", q("'整改不到位，' || standard"), "verifiedAt", verifiedAt, "recordedBy", q("inspector_sub"));
            String passed = obj("round", "'" + (i + 1) + "'", "result", "'\"PASSED\"'", "inspector", q("inspector_name"),
                    "comment", "'\"复查合格\"'", "verifiedAt", verifiedAt, "recordedBy", q("inspector_sub"));
            // round i: a report when a failed re-inspection followed it, or it is the last one of a hazard past RECTIFYING
            reports.add("CASE WHEN " + planned + " AND (rounds > " + i + " OR rounds = " + i
                    + " AND status <> 'RECTIFYING') THEN " + report + " END");
            verifications.add("CASE WHEN " + planned + " AND rounds > " + i + " THEN " + failed + " WHEN rounds = " + i
                    + " AND status = 'VERIFIED' THEN " + passed + " END");
        }
        String enforcement = "CASE WHEN NOT dept AND severity = 'MAJOR' AND " + planned + " AND u_enf < 0.05 THEN '[' || "
                + obj("district", q("district"), "actionId", q("md5('x' || salt || '-' || g)::uuid::text"),
                "unitId", q("unit_id::text"), "unitUscc", q("uscc"), "unitName", q("name"), "type", "'\"PENALTY\"'",
                "reason", q("standard"), "legalBasis", "'\"《中华人民共和国特种设备安全法》第八十四条\"'",
                "amount", "'\"30000.00\"'",
                "decisionNumber", q("'津市监特罚〔' || extract(year FROM plan_at)::int || '〕' || (g % 1000) || '号'"),
                "hazardIds", "'[' || " + q("id::text") + " || ']'", "takenAt", q(st.of("plan_at + interval '3 days'", "planned")))
                + " || ']' ELSE '[]' END";
        String finalStatusAt = "CASE status WHEN 'VERIFIED' THEN " + verifiedAtOfRounds() + " END";

        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("version", "1 + CASE WHEN planned THEN 1 + 2 * rounds ELSE 0 END");
        columns.put("district", "district");
        columns.put("finding_id", "CASE WHEN dept THEN NULL ELSE finding_id END");
        columns.put("inspection_id", "CASE WHEN dept THEN NULL ELSE md5('i' || salt || '-' || (g / 3))::uuid END");
        columns.put("method", "CASE WHEN dept THEN NULL ELSE (ARRAY['ROUTINE','ROUTINE','ROUTINE','SPECIAL','SPECIAL',"
                + "'FOUR_NO_TWO_DIRECT','SURPRISE','JOINT','COVERT'])[1 + floor(9 * u_method)::int] END");
        columns.put("found_at", "found_at");
        columns.put("unit_id", "CASE WHEN dept THEN NULL ELSE unit_id END");
        columns.put("unit_uscc", "uscc");
        columns.put("unit_name", "name");
        columns.put("unit_contact_name", "CASE WHEN dept THEN NULL ELSE contact_name END");
        columns.put("unit_contact_phone", "CASE WHEN dept THEN NULL ELSE contact_phone END");
        columns.put("industry", "CASE WHEN dept THEN NULL ELSE industry END");
        columns.put("equipment_id", "CASE WHEN dept THEN NULL ELSE md5('e' || n || '-' || category || '-' || (g % 4))::uuid END");
        columns.put("equipment_code", "category || substr(district, 3, 4) || (2010 + n % 15) || lpad((g % 1000000)::text, 6, '0')");
        columns.put("equipment_category", "category");
        columns.put("usage_environment", "CASE WHEN dept THEN NULL ELSE usage_environment END");
        columns.put("checklist_item_code", "CASE WHEN dept THEN NULL ELSE item END");
        columns.put("hazard_standard", "CASE WHEN dept THEN NULL ELSE standard END");
        columns.put("severity", "severity");
        columns.put("hazard_type", "CASE WHEN severity IS NULL THEN NULL ELSE item_type END");
        columns.put("description", "content || '：' || standard");
        columns.put("inspectors", "CASE WHEN dept THEN '[]' ELSE '[' || "
                + obj("name", q("(ARRAY['" + String.join("','", SURNAMES) + "'])[1 + floor(12 * u_ins)::int] || '执法'"),
                "certificateNo", q("'TJ' || lpad((g % 9000)::text, 5, '0')")) + " || ',' || "
                + obj("name", q("inspector_name"), "certificateNo", q("'TJ' || lpad((g % 7000 + 9000)::text, 5, '0')"))
                + " || ']' END");
        columns.put("source", "CASE WHEN dept THEN 'DEPARTMENT_REPORT' ELSE 'INSPECTION' END");
        columns.put("reporting_department", "CASE WHEN dept THEN department END");
        columns.put("status", "status");
        columns.put("listed", "severity IN ('GENERAL', 'MAJOR') AND status NOT IN ('REMOVED', 'REPORTED')");
        columns.put("registered_on", "CASE WHEN status IN ('REPORTED', 'REMOVED') THEN NULL ELSE reg_on END");
        columns.put("deadline", "CASE WHEN status IN ('REPORTED', 'REMOVED') THEN NULL WHEN planned THEN plan_deadline ELSE reg_on + 15 END");
        columns.put("rounds", "CASE WHEN planned THEN rounds ELSE 0 END");
        columns.put("closed_at", finalStatusAt);
        columns.put("created_at", "CASE WHEN dept THEN found_at ELSE reg_at END");
        columns.put("plan", "CASE WHEN planned THEN " + String.format(plan, "plan_deadline", st.of(currentPlanAt, "planned")) + " END");
        columns.put("plan_history", "CASE WHEN planned AND u_rev < 0.1 THEN '[' || "
                + String.format(plan, "(plan_deadline - 10)", st.of("plan_at", "planned")) + " || ']' ELSE '[]' END");
        columns.put("reports", arr(reports));
        columns.put("verifications", arr(verifications));
        columns.put("enforcement_actions", enforcement);
        columns.put("history", history);

        StringBuilder insert = new StringBuilder("INSERT INTO hazard (");
        StringBuilder select = new StringBuilder(" SELECT ");
        boolean first = true;
        for (Map.Entry<String, String> column : columns.entrySet()) {
            String type = types.get(column.getKey());
            if (type == null) {
                continue; // a column this schema no longer has
            }
            insert.append(first ? "" : ", ").append(column.getKey());
            // JSON written as text is cast to the column's own type (text today, jsonb after the read-model change)
            select.append(first ? "" : ", ").append("CAST((").append(column.getValue()).append(") AS ").append(type).append(')');
            first = false;
        }
        String stamped = "SELECT t.*" + st.columns() + " FROM (" + steps + ") t OFFSET 0";
        insert.append(')').append(select).append(" FROM (").append(stamped).append(") h");
        // in the same statement, the overdue levels a live service would have announced already: the service's
        // scan, running meanwhile, finds nothing new to announce in a committed chunk
        return "WITH written AS (" + insert + " RETURNING id, status, deadline)"
                + " INSERT INTO hazard_overdue_level (hazard_id, level, deadline, emitted_at)"
                + " SELECT w.id, l.level, w.deadline, now() FROM written w"
                + " JOIN (VALUES ('DAY_0', 1), ('DAY_3', 3), ('DAY_7', 7)) l(level, days)"
                + "   ON " + TODAY + " - w.deadline >= l.days"
                + " WHERE w.status IN ('LISTED', 'RECTIFYING', 'PENDING_VERIFICATION') AND w.deadline < " + TODAY;
    }

    private static String reportAt(int round) {
        return "LEAST(now() - interval '5 minutes', plan_at + interval '" + (3 + 6 * round) + " days')";
    }

    private static String verifiedAt(int round) {
        return "LEAST(now() - interval '4 minutes', plan_at + interval '" + (5 + 6 * round) + " days')";
    }

    private static String verifiedAtOfRounds() {
        StringBuilder sql = new StringBuilder("CASE rounds");
        for (int i = 0; i <= MAX_ROUNDS; i++) {
            sql.append(" WHEN ").append(i).append(" THEN ").append(verifiedAt(i));
        }
        return sql.append(" END").toString();
    }

    /** The transitions of the hazard, oldest first, as the aggregate appends them. */
    private static String entryList(Stamps st, String currentPlanAt) {
        String first = "CASE WHEN severity = 'MINOR' THEN 'RECORDED' ELSE 'LISTED' END";
        List<String> h = new ArrayList<>();
        h.add("CASE WHEN dept THEN " + entry(st.of("found_at"), "'department:' || department", null, "'REPORTED'", "'reported'") + " END");
        h.add("CASE WHEN status = 'REPORTED' THEN NULL WHEN dept THEN "
                + entry(st.of("reg_at"), "'district-admin-' || district", "'REPORTED'",
                "CASE WHEN status = 'REMOVED' THEN 'REMOVED' ELSE " + first + " END", "'甄别'")
                + " ELSE " + entry(st.of("reg_at"), "'inspection-service'", null, first,
                "'registered from finding ' || finding_id") + " END");
        h.add("CASE WHEN planned THEN " + entry(st.of("plan_at", "planned"), "unit_sub", "'LISTED'", "'RECTIFYING'",
                "'five-point plan set'") + " END");
        h.add("CASE WHEN planned AND u_rev < 0.1 THEN " + entry(st.of(currentPlanAt, "planned"), "unit_sub",
                "'RECTIFYING'", "'RECTIFYING'", "'five-point plan revised'") + " END");
        for (int i = 0; i <= MAX_ROUNDS; i++) {
            String when = "planned AND rounds >= " + i;
            h.add("CASE WHEN planned AND (rounds > " + i + " OR rounds = " + i + " AND status <> 'RECTIFYING') THEN "
                    + entry(st.of(reportAt(i), when), "unit_sub", "'RECTIFYING'", "'PENDING_VERIFICATION'",
                    "'rectification reported'") + " END");
            h.add("CASE WHEN planned AND rounds > " + i + " THEN "
                    + entry(st.of(verifiedAt(i), when), "inspector_sub", "'PENDING_VERIFICATION'", "'RECTIFYING'", "'整改不到位'")
                    + " WHEN rounds = " + i + " AND status = 'VERIFIED' THEN "
                    + entry(st.of(verifiedAt(i), when), "inspector_sub", "'PENDING_VERIFICATION'", "'VERIFIED'", "'复查合格'")
                    + " END");
        }
        return arr(h);
    }

    private Result summary(double loadSeconds, double analyzeSeconds, double cpuSeconds, int units) throws SQLException {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        long total = 0;
        long listed = 0;
        long overdue = 0;
        String bigDistrict = null;
        long bigListed = 0;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT status, count(*) FROM hazard GROUP BY 1 ORDER BY 2 DESC")) {
                while (rs.next()) {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                    total += rs.getLong(2);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT coalesce(severity, '(not classified)'), count(*) FROM hazard GROUP BY 1 ORDER BY 2 DESC")) {
                while (rs.next()) {
                    bySeverity.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE listed), count(*) FILTER (WHERE"
                    + " status IN ('LISTED', 'RECTIFYING', 'PENDING_VERIFICATION') AND deadline < " + TODAY + ") FROM hazard")) {
                rs.next();
                listed = rs.getLong(1);
                overdue = rs.getLong(2);
            }
            // the district whose list is nearest to the 40,000 listed hazards
            try (ResultSet rs = s.executeQuery("SELECT district, count(*) FROM hazard WHERE listed GROUP BY 1"
                    + " ORDER BY abs(count(*) - 40000) LIMIT 1")) {
                if (rs.next()) {
                    bigDistrict = rs.getString(1);
                    bigListed = rs.getLong(2);
                }
            }
        }
        return new Result(total, loadSeconds, analyzeSeconds, cpuSeconds, byStatus, bySeverity, listed, overdue, units,
                bigDistrict, bigListed);
    }
}
