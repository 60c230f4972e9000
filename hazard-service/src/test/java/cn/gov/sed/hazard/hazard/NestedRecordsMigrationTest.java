package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.hazard.common.Json;
import cn.gov.sed.hazard.rectification.Plan;
import cn.gov.sed.hazard.rectification.RectificationReport;
import cn.gov.sed.hazard.rectification.Verification;
import cn.gov.sed.hazard.rectification.VerificationResult;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * V3 moves the nested records of hazards written before it (JSON text, as common/Json wrote them) into jsonb
 * columns, and the API answers them exactly as before: the schema is built up to V2 in a schema of its own, a
 * hazard is written in the old shape, the later migrations run, and the row, copied into the service's table, is
 * read over HTTP.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class NestedRecordsMigrationTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T09:15:30.123456+08:00");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aHazardWrittenBeforeV3IsAnsweredAsBefore() throws Exception {
        String schema = "before_v3_" + UUID.randomUUID().toString().substring(0, 8);
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/platform").target("2").load();
        flyway.migrate();
        UUID full = UUID.randomUUID();
        UUID bare = UUID.randomUUID();
        UUID action = UUID.randomUUID();
        UUID evidence = UUID.randomUUID();
        String uscc = cn.gov.sed.hazard.Fixtures.uscc();
        Plan first = new Plan("张三", "更换闸瓦", "2000.00", LocalDate.of(2026, 3, 10), "停梯", AT, "unit-1");
        Plan second = new Plan("李四", "更换制动器", "8000.00", LocalDate.of(2026, 3, 20), "停梯并告示",
                AT.plusDays(1), "unit-1");
        try (Connection c = dataSource.getConnection()) {
            String insert = "INSERT INTO " + schema + ".hazard (id, version, district, found_at, unit_uscc, unit_name,"
                    + " equipment_category, source, status, listed, rounds, created_at, inspectors, plan, plan_history,"
                    + " reports, verifications, enforcement_actions, history) VALUES (?, 3, '120101', ?, ?, '某单位',"
                    + " '3110', 'INSPECTION', ?, TRUE, 1, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement p = c.prepareStatement(insert)) {
                p.setObject(1, full);
                p.setObject(2, AT);
                p.setString(3, uscc);
                p.setString(4, HazardStatus.PENDING_VERIFICATION.name());
                p.setObject(5, AT);
                // the text the code before V3 wrote (common/Json, kept unchanged)
                p.setString(6, Json.write(List.of(new InspectorRef("王五", "TS-001"))));
                p.setString(7, Json.write(second));
                p.setString(8, Json.write(List.of(first)));
                p.setString(9, Json.write(List.of(new RectificationReport("已更换", AT.plusDays(2), List.of(evidence),
                        AT.plusDays(2), "unit-1"))));
                p.setString(10, Json.write(List.of(new Verification(1, VerificationResult.FAILED, "赵六", "仍有磨损",
                        AT.plusDays(3), "inspector-1"))));
                p.setString(11, Json.write(List.of(new EnforcementActionRecord("120101", action, UUID.randomUUID(),
                        uscc, "某单位", EnforcementType.PENALTY, "逾期未整改", "特种设备安全法第八十三条", "10000.00",
                        "津市监罚〔2026〕1号", List.of(full), AT.plusDays(4)))));
                p.setString(12, Json.write(List.of(new HistoryEntry(AT, "hazard-service", null, HazardStatus.LISTED,
                        null), new HistoryEntry(AT.plusDays(1), "unit-1", HazardStatus.LISTED,
                        HazardStatus.RECTIFYING, "five-point plan set"))));
                p.executeUpdate();
            }
            // nothing stored yet (NULL) and an empty text: both read as "none"
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + schema + ".hazard (id, version, district,"
                    + " found_at, unit_uscc, unit_name, equipment_category, source, status, listed, rounds, created_at,"
                    + " inspectors, history) VALUES (?, 0, '120101', ?, ?, '某单位', '3110', 'DEPARTMENT_REPORT',"
                    + " 'REPORTED', FALSE, 0, ?, '', NULL)")) {
                p.setObject(1, bare);
                p.setObject(2, AT);
                p.setString(3, uscc);
                p.setObject(4, AT);
                p.executeUpdate();
            }
        }
        Flyway.configure().dataSource(dataSource).schemas(schema)
                .locations("classpath:db/migration", "classpath:db/platform").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO public.hazard SELECT * FROM " + schema + ".hazard");
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }

        given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + full).then().statusCode(200)
                .body("inspectors.name", contains("王五")).body("inspectors.certificateNo", contains("TS-001"))
                .body("plan.responsiblePerson", equalTo("李四")).body("plan.deadline", equalTo("2026-03-20"))
                .body("plan.plannedAt", equalTo("2026-03-03T09:15:30.123456+08:00"))
                .body("planHistory.funds", contains("2000.00"))
                .body("planHistory[0].plannedAt", equalTo("2026-03-02T09:15:30.123456+08:00"))
                .body("reports[0].evidence", contains(evidence.toString()))
                .body("reports[0].completedAt", equalTo("2026-03-04T09:15:30.123456+08:00"))
                .body("verifications[0].result", equalTo("FAILED")).body("verifications[0].round", equalTo(1))
                .body("verifications[0].comment", equalTo("仍有磨损"))
                .body("enforcementActions[0].actionId", equalTo(action.toString()))
                .body("enforcementActions[0].amount", equalTo("10000.00"))
                .body("enforcementActions[0].hazardIds", contains(full.toString()))
                .body("enforcementActions[0].takenAt", equalTo("2026-03-06T09:15:30.123456+08:00"))
                .body("history.to", contains("LISTED", "RECTIFYING")).body("history[0].from", nullValue())
                .body("history[1].at", equalTo("2026-03-03T09:15:30.123456+08:00"))
                .body("history[1].comment", equalTo("five-point plan set"));
        given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + bare).then().statusCode(200)
                .body("inspectors", empty()).body("plan", nullValue()).body("planHistory", empty())
                .body("reports", empty()).body("verifications", empty()).body("enforcementActions", empty())
                .body("history", empty());
        // the list answers the same, in both views
        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).queryParam("sort", "createdAt,asc")
                .get("/api/v1/hazards").then().statusCode(200).body("total", equalTo(2))
                .body("items.find { it.id == '" + full + "' }.history.to", contains("LISTED", "RECTIFYING"))
                .body("items.find { it.id == '" + full + "' }.plan.plannedAt",
                        equalTo("2026-03-03T09:15:30.123456+08:00"));
        given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).queryParam("view", "summary")
                .get("/api/v1/hazards").then().statusCode(200).body("total", equalTo(2))
                .body("items.find { it.id == '" + full + "' }.rounds", equalTo(1));

        // and the migrated hazard goes on as any other: a passed re-inspection closes it
        given().auth().oauth2(Tokens.inspector("120101")).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("result", "PASSED", "inspector", "赵六", "verifiedAt", "2026-03-08T10:00:00+08:00"))
                .post("/api/v1/hazards/" + full + "/verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("verifications.round", contains(1, 2))
                .body("history.to", contains("LISTED", "RECTIFYING", "VERIFIED"))
                .body("planHistory.funds", contains("2000.00"));
    }
}
