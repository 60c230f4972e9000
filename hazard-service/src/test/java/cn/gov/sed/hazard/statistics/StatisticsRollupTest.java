package cn.gov.sed.hazard.statistics;

import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.hazard.hazard.HazardFilter;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.platform.security.Roles;
import cn.gov.sed.platform.time.MovableClock;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The statistics and common issues answered from the rollups (kept by triggers, migration V4) equal the count
 * over the hazards themselves ({@link StatisticsRecount}, the old full-scan queries), row for row, for every
 * groupBy, several periods (whole months, ragged ends, open ends, date-times) and every scope, on random data
 * written by multi-row INSERTs, single- and multi-row UPDATEs and DELETEs, read on other days (overdue moves with
 * the day of the read) and after a set-based rebuild; and the real write paths (import,
 * classification, plan, report, verification) move the numbers as a user expects.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StatisticsRollupTest {
    private static final List<String> DISTRICTS = List.of("120101", "120102", "120103", "120116");
    private static final String[] CODES = {"G01", "G02", "G05", "G07", "Z99", null};
    private static final String[] CATEGORIES = {"3110", "3120", "4110", "2100"};
    private static final String[] INDUSTRIES = {"RESIDENTIAL_PROPERTY", "COMMERCE_RETAIL", "HOTEL_CATERING", null};

    @Inject
    DataSource dataSource;
    @Inject
    StatisticsRecount recount;
    @Inject
    Clock clock;
    @Inject
    MovableClock movableClock;

    /** A caller as a token (for HTTP) and as the scope the recount applies; the district it names, if any. */
    record Who(String token, Caller caller, String district) {
    }

    @Test
    void theRollupsEqualAFullRecountOnRandomData() throws SQLException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<UUID> ids = new ArrayList<>();
        try {
            ids.addAll(insertRandom(random, 250));
            ids.addAll(insertRandom(random, 1)); // a single-row insert too
            // the comparison compares something: the city sees at least the random hazards
            given().auth().oauth2(Tokens.city()).queryParam("groupBy", "status").get("/api/v1/hazard-statistics").then()
                    .statusCode(200).body("total.sum()", greaterThanOrEqualTo(251));
            compareEverything("after the inserts, seed " + seed);

            updateRandom(random, ids);
            compareEverything("after the updates, seed " + seed);

            // "overdue" on other days: the first of next month (this month's deadlines all before today) and the
            // last day of this month (this month's deadlines up to yesterday), read from rollups written today
            LocalDate today = Zones.today(clock);
            LocalDate firstOfNext = today.plusMonths(1).withDayOfMonth(1);
            try {
                movableClock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, firstOfNext)));
                compareEverything("on " + firstOfNext + ", seed " + seed);
                movableClock.advance(Duration.ofDays(-1));
                compareEverything("on " + firstOfNext.minusDays(1) + ", seed " + seed);
            } finally {
                movableClock.reset();
            }

            // the set-based rebuild (after a bulk load with the triggers off) gives the same rollups
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT hazard_rollup_rebuild()");
            }
            compareEverything("after a rebuild, seed " + seed);

            List<UUID> gone = ids.subList(0, 40);
            delete(gone);
            gone.clear();
            compareEverything("after the deletes, seed " + seed);
        } finally {
            delete(ids);
        }
    }

    @Test
    void importClassificationPlanReportAndVerificationMoveTheNumbers() {
        String d = "120104";
        String day = "2013-04-30";                         // a day of its own, the last of its month
        String uscc = Fixtures.uscc();
        String csv = "所属区,统一社会信用代码,单位名称,设备类别,设备代码,隐患描述,发现时间\n"
                + d + "," + uscc + ",甲单位,3110,,门锁失效," + day + "T23:30:00+08:00\n"
                + d + "," + uscc + ",甲单位,3110,,制动器磨损," + day + "\n"
                + d + "," + uscc + ",甲单位,4110,,非特种设备," + day + "T08:00:00+08:00\n";
        given().auth().oauth2(Tokens.districtAdmin(d)).multiPart("file", "reports.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/hazards/import").then().statusCode(200).body("created", equalTo(3));
        statistics(d, day, "status").body("key", contains("REPORTED")).body("total", contains(3));
        statistics(d, day, "equipmentCategory").body("key", contains("3110", "4110")).body("total", contains(2, 1));
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc)
                .get("/api/v1/hazards").then().statusCode(200).extract().path("items");
        List<String> ids = Stream.of("制动器磨损", "门锁失效", "非特种设备").map(text -> items.stream()
                .filter(i -> text.equals(i.get("description"))).findFirst().orElseThrow().get("id").toString()).toList();
        classify(d, ids.get(0), Map.of("specialEquipmentHazard", true, "severity", "GENERAL", "hazardType", "EQUIPMENT_CONDITION",
                "reason", "制动器闸瓦磨损"));
        classify(d, ids.get(1), Map.of("specialEquipmentHazard", true, "severity", "MINOR", "hazardType", "EQUIPMENT_CONDITION",
                "reason", "当场整改"));
        classify(d, ids.get(2), Map.of("specialEquipmentHazard", false, "reason", "不属于特种设备"));
        statistics(d, day, "status").body("key", contains("LISTED", "RECORDED", "REMOVED")).body("total", contains(1, 1, 1))
                .body("listed", contains(1, 0, 0));
        statistics(d, day, "severity").body("key", contains("GENERAL", "MINOR", null)).body("total", contains(1, 1, 1))
                .body("listed", contains(1, 0, 0)).body("[2].label", equalTo("未填写"));
        statistics(d, day, "district").body("$", hasSize(1)).body("[0].listed", equalTo(1)).body("[0].verified", equalTo(0))
                .body("[0].rectificationRate", equalTo(0.0f)).body("[0].overdue", equalTo(0));

        String inspector = Tokens.inspector(d);
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Fixtures.plan(5))
                .put("/api/v1/hazards/" + ids.get(0) + "/rectification-plan").then().statusCode(200);
        statistics(d, day, "status").body("key", contains("RECORDED", "RECTIFYING", "REMOVED"));
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("description", "已更换闸瓦", "completedAt", "2013-05-02T10:00:00+08:00"))
                .post("/api/v1/hazards/" + ids.get(0) + "/rectification-report").then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("result", "PASSED", "inspector", "王五", "verifiedAt", "2013-05-03T12:00:00+08:00"))
                .post("/api/v1/hazards/" + ids.get(0) + "/verification").then().statusCode(200);
        // found 2013-04-30 00:00, closed 2013-05-03 12:00: 3.5 days
        statistics(d, day, "status").body("key", contains("RECORDED", "REMOVED", "VERIFIED"));
        statistics(d, day, "district").body("[0].total", equalTo(3)).body("[0].listed", equalTo(1))
                .body("[0].verified", equalTo(1)).body("[0].rectificationRate", equalTo(1.0f))
                .body("[0].meanDaysToClose", equalTo(3.5f));
        // the same numbers by the whole month, by an open end, and as the city
        given().auth().oauth2(Tokens.city()).queryParam("groupBy", "district").queryParam("district", d)
                .queryParam("from", "2013-04-01").queryParam("to", "2013-04-30").get("/api/v1/hazard-statistics").then()
                .statusCode(200).body("[0].total", equalTo(3)).body("[0].verified", equalTo(1));
        given().auth().oauth2(Tokens.city()).queryParam("groupBy", "district").queryParam("district", d)
                .queryParam("to", "2013-04-30").get("/api/v1/hazard-statistics").then()
                .statusCode(200).body("[0].total", equalTo(3)).body("[0].meanDaysToClose", equalTo(3.5f));
        given().auth().oauth2(Tokens.city()).queryParam("groupBy", "district").queryParam("district", d)
                .queryParam("from", "2013-05-01").queryParam("to", "2013-12-31").get("/api/v1/hazard-statistics").then()
                .statusCode(200).body("$", hasSize(0));
        compareEverything("after the hazard's life");
    }

    private io.restassured.response.ValidatableResponse statistics(String district, String day, String groupBy) {
        return given().auth().oauth2(Tokens.districtAdmin(district)).queryParam("groupBy", groupBy)
                .queryParam("from", day).queryParam("to", day).get("/api/v1/hazard-statistics").then().statusCode(200);
    }

    private static void classify(String district, String id, Map<String, Object> body) {
        given().auth().oauth2(Tokens.inspector(district)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/hazards/" + id + "/classification").then().statusCode(200);
    }

    /** Every groupBy and the common issues, for every caller and period, against the recount. */
    private void compareEverything(String when) {
        LocalDate today = Zones.today(clock);
        List<Who> callers = List.of(
                new Who(Tokens.city(), Caller.of("city", Set.of(Roles.CITY), null, null, null), null),
                new Who(Tokens.city(), Caller.of("city", Set.of(Roles.CITY), null, null, null), "120101"),
                new Who(Tokens.districtAdmin("120102"), Caller.of("admin", Set.of(Roles.DISTRICT_ADMIN), "120102", null, null), null),
                new Who(Tokens.inspector("120116"), Caller.of("inspector", Set.of(Roles.INSPECTOR), "120116", null, null), "120116"));
        String monthStart = today.minusMonths(2).withDayOfMonth(1).toString();
        String monthEnd = today.minusMonths(1).withDayOfMonth(1).minusDays(1).toString();
        List<String[]> periods = List.of(
                new String[]{null, null},
                new String[]{today.minusDays(80).toString(), null},
                new String[]{null, today.minusDays(10).toString()},
                new String[]{today.minusDays(80).toString(), today.minusDays(10).toString()},
                new String[]{monthStart, monthEnd},                                   // whole months only
                new String[]{today.minusDays(45).toString(), today.minusDays(40).toString()},
                new String[]{today.minusDays(3).toString(), today.minusDays(3).toString()},
                new String[]{today.minusDays(30).toString(), today.minusDays(31).toString()}, // empty
                new String[]{today.minusDays(70) + "T00:00:00+08:00", null},           // a midnight: by days
                new String[]{today.minusDays(50) + "T13:00:00+08:00", today.minusDays(5) + "T09:30:00+08:00"},
                new String[]{today.minusDays(60) + "T00:00:00Z", null});               // 08:00 in Shanghai
        for (Who who : callers) {
            for (String[] period : periods) {
                HazardFilter filter = new HazardFilter();
                filter.district = who.district();
                filter.from = period[0];
                filter.to = period[1];
                String what = when + ", " + who.caller().roles() + " " + who.district() + " " + Arrays.toString(period);
                for (GroupBy group : GroupBy.values()) {
                    await().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                            QuarkusTransaction.requiringNew().call(() -> recount.statistics(group,
                                    filter.toWhere(who.caller(), today), today)),
                            List.of(request(who, period).queryParam("groupBy", group.apiName())
                                    .get("/api/v1/hazard-statistics").then().statusCode(200).extract().as(StatisticsRow[].class)),
                            what + ", groupBy " + group.apiName()));
                }
                for (int top : new int[]{3, 100}) {
                    await().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                            QuarkusTransaction.requiringNew().call(() -> recount.commonIssues(top,
                                    filter.toWhere(who.caller(), today))),
                            List.of(request(who, period).queryParam("top", top)
                                    .get("/api/v1/hazard-statistics/common-issues").then().statusCode(200)
                                    .extract().as(CommonIssue[].class)),
                            what + ", common issues top " + top));
                }
            }
        }
    }

    private static RequestSpecification request(Who who, String[] period) {
        RequestSpecification request = given().auth().oauth2(who.token());
        if (who.district() != null) {
            request.queryParam("district", who.district());
        }
        if (period[0] != null) {
            request.queryParam("from", period[0]);
        }
        if (period[1] != null) {
            request.queryParam("to", period[1]);
        }
        return request;
    }

    /** {@code count} random hazards in one multi-row INSERT (as the import's rewritten JDBC batch writes them). */
    private List<UUID> insertRandom(Random random, int count) throws SQLException {
        LocalDate today = Zones.today(clock);
        List<UUID> ids = new ArrayList<>();
        StringBuilder sql = new StringBuilder("INSERT INTO hazard (id, version, district, found_at, unit_uscc, unit_name,"
                + " equipment_category, industry, usage_environment, checklist_item_code, severity, hazard_type, source,"
                + " status, listed, deadline, closed_at, created_at, rounds) VALUES ");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, 0, ?, ?, ?, '随机单位', ?, ?, ?, ?, ?, ?, 'INSPECTION', ?, ?, ?, ?, ?, 0)");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                HazardStatus status = pick(random, HazardStatus.values());
                OffsetDateTime found = foundAt(random, today);
                insert.setObject(p++, id);
                insert.setString(p++, district(random));
                insert.setObject(p++, found);
                insert.setString(p++, "R" + random.nextInt(12));   // a small pool of units: distinct counts matter
                insert.setString(p++, pick(random, CATEGORIES));
                insert.setString(p++, pick(random, INDUSTRIES));
                insert.setString(p++, random.nextInt(8) == 0 ? null : pick(random, UsageEnvironment.values()).name());
                insert.setString(p++, pick(random, CODES));
                insert.setString(p++, status == HazardStatus.REPORTED || random.nextInt(20) == 0 ? null
                        : pick(random, Severity.values()).name());
                insert.setString(p++, random.nextInt(6) == 0 ? null : pick(random, HazardType.values()).name());
                insert.setString(p++, status.name());
                insert.setBoolean(p++, isListed(status));
                insert.setObject(p++, deadline(random, today));
                insert.setObject(p++, closedAt(random, status, found));
                insert.setObject(p++, OffsetDateTime.parse("2001-01-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000)));
            }
            insert.executeUpdate();
        }
        return ids;
    }

    /** Single-row updates of status, deadline and closing (as Hibernate writes), then multi-row moves. */
    private void updateRandom(Random random, List<UUID> ids) throws SQLException {
        LocalDate today = Zones.today(clock);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE hazard SET status = ?, listed = ?, deadline = ?,"
                    + " closed_at = ?, severity = ?, version = version + 1 WHERE id = ?")) {
                for (UUID id : ids) {
                    if (random.nextInt(3) == 0) {
                        HazardStatus status = pick(random, HazardStatus.values());
                        update.setString(1, status.name());
                        update.setBoolean(2, isListed(status));
                        update.setObject(3, deadline(random, today));
                        update.setObject(4, closedAt(random, status, foundAt(random, today)));
                        update.setString(5, pick(random, Severity.values()).name());
                        update.setObject(6, id);
                        update.executeUpdate();
                    }
                }
            }
            // a change no statistic uses (the rollups must not move)
            many(c, "UPDATE hazard SET description = 'x', version = version + 1 WHERE id = ANY(?)", some(random, ids));
            many(c, "UPDATE hazard SET district = '" + district(random) + "' WHERE id = ANY(?)", some(random, ids));
            many(c, "UPDATE hazard SET unit_uscc = 'R" + random.nextInt(12) + "', checklist_item_code = 'G05' WHERE id = ANY(?)",
                    some(random, ids));
            many(c, "UPDATE hazard SET found_at = found_at + interval '17 days 5 hours' WHERE id = ANY(?)", some(random, ids));
            many(c, "UPDATE hazard SET status = 'REMOVED', listed = FALSE, deadline = NULL WHERE id = ANY(?)", some(random, ids));
        }
    }

    private void delete(List<UUID> ids) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            many(c, "DELETE FROM hazard_overdue_level WHERE hazard_id = ANY(?)", ids);
            many(c, "DELETE FROM hazard WHERE id = ANY(?)", ids);
        }
    }

    private static void many(Connection c, String sql, List<UUID> ids) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            statement.executeUpdate();
        }
    }

    private static List<UUID> some(Random random, List<UUID> ids) {
        return ids.stream().filter(id -> random.nextInt(8) == 0).toList();
    }

    private static String district(Random random) {
        return random.nextInt(10) == 0 ? "120110" : DISTRICTS.get(random.nextInt(DISTRICTS.size()));
    }

    /** Found within about four months before today, some at a Shanghai midnight and some a second before. */
    private static OffsetDateTime foundAt(Random random, LocalDate today) {
        OffsetDateTime day = today.minusDays(random.nextInt(125) - 5).atStartOfDay(Zones.SHANGHAI).toOffsetDateTime();
        OffsetDateTime at = switch (random.nextInt(4)) {
            case 0 -> day;
            case 1 -> day.minusSeconds(1);
            default -> day.plusSeconds(random.nextInt(86_400));
        };
        return at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** No deadline, or one from ten weeks before today to three weeks after (some exactly today). */
    private static LocalDate deadline(Random random, LocalDate today) {
        return random.nextInt(5) == 0 ? null : random.nextInt(10) == 0 ? today : today.plusDays(random.nextInt(95) - 70);
    }

    private static OffsetDateTime closedAt(Random random, HazardStatus status, OffsetDateTime found) {
        return status != HazardStatus.VERIFIED || random.nextInt(15) == 0 ? null
                : found.plusSeconds(random.nextInt(30 * 86_400));
    }

    private static boolean isListed(HazardStatus status) {
        return Stream.of(HazardStatus.LISTED, HazardStatus.RECTIFYING, HazardStatus.PENDING_VERIFICATION,
                HazardStatus.VERIFIED).anyMatch(status::equals);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
