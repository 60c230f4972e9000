package cn.gov.sed.system.console;

import cn.gov.sed.testing.RunningSuite;
import cn.gov.sed.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The data the console's screens show, made through the APIs as desk staff and units would make it: a unit with a
 * lift in a district, an inspection with a general (G08) and a major (E01) finding → two listed hazards; for the
 * major one a five-point plan, a report with a photo, a failed re-inspection and an enforcement action.
 */
final class ConsoleScenario {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    /** What one district's scenario made. */
    record Seeded(String district, String uscc, String unitId, String generalId, String majorId) {
    }

    private ConsoleScenario() {
    }

    static RequestSpecification at(String service, String token) {
        return given().baseUri(RunningSuite.get().url(service)).contentType(ContentType.JSON).accept(ContentType.JSON)
                .auth().oauth2(token);
    }

    /** A unit, a lift and a completed inspection with a general and a major finding; waits for the two hazards. */
    static Seeded hazardsIn(String district, String unitName) {
        String city = Tokens.city();
        String inspector = Tokens.inspector(district);
        int n = SEQUENCE.incrementAndGet();
        String uscc = cn.gov.sed.contracts.vocabulary.CreditCode.withCheckCharacter("91" + district + "MA"
                + String.format("%07d", (int) (System.currentTimeMillis() % 1_000_000) * 10 + n % 10));
        String unitId = at("inspection-service", city).body(Map.of("uscc", uscc, "name", unitName,
                        "types", List.of("USER"), "district", district, "industry", "COMMERCE_RETAIL",
                        "address", "测试路1号", "contactName", "张安全", "contactPhone", "13800000000"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String serial = String.format("%05d", n % 100_000);
        String liftId = at("inspection-service", city).body(Map.of("unitId", unitId, "category", "3110",
                        "equipmentCode", "3110" + "12001" + "2020" + serial,
                        "registrationNumber", "梯11津A" + serial + "(20)", "usageEnvironment", "MALL",
                        "location", "中庭", "nextInspectionDue", "2027-06-30", "status", "IN_USE"))
                .post("/api/v1/equipment").then().statusCode(201).extract().path("id");
        String inspectionId = at("inspection-service", inspector).body(Map.of("district", district, "unitId", unitId,
                        "method", "FOUR_NO_TWO_DIRECT",
                        "inspectors", List.of(Map.of("name", "王建国", "certificateNo", "TJ0001"),
                                Map.of("name", "李明", "certificateNo", "TJ0002")),
                        "departments", List.of(), "plannedAt", now()))
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        at("inspection-service", inspector).body(Map.of("startedAt", now()))
                .post("/api/v1/inspections/{id}/start", inspectionId).then().statusCode(200);
        for (var finding : List.of(List.of("G08", "电梯维护保养记录不全，未按规定每15日维保一次"),
                List.of("E01", "电梯层门门锁回路被短接，安全回路失效"))) {
            at("inspection-service", inspector).body(Map.of("equipmentId", liftId, "checklistItemCode", finding.get(0),
                            "description", finding.get(1)))
                    .post("/api/v1/inspections/{id}/findings", inspectionId).then().statusCode(201);
        }
        at("inspection-service", inspector).post("/api/v1/inspections/{id}/complete", inspectionId).then().statusCode(200);

        await().atMost(RunningSuite.patience()).until(() -> hazardsOf(city, uscc).getInt("total") == 2);
        JsonPath hazards = hazardsOf(city, uscc);
        String general = hazards.getString("items.find { it.severity == 'GENERAL' }.id");
        String major = hazards.getString("items.find { it.severity == 'MAJOR' }.id");
        return new Seeded(district, uscc, unitId, general, major);
    }

    /**
     * The major hazard's loop so far: the unit's five-point plan, its report with a photo, a failed re-inspection
     * (back to rectifying), and an interview (约谈) of the unit by the district bureau, linked to the hazard.
     */
    static void rectifyingWithHistory(Seeded s) throws IOException {
        String unit = Tokens.unit(s.uscc());
        at("hazard-service", unit).body(Map.of("responsiblePerson", "张安全", "measures", "更换门锁回路并恢复安全回路，维保单位逐台排查",
                        "funds", "20000.00", "deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString(),
                        "contingencyPlan", "整改期间停用该电梯，设置警示标志，安排专人值守"))
                .put("/api/v1/hazards/{id}/rectification-plan", s.majorId()).then().statusCode(200);
        String evidence = given().baseUri(RunningSuite.get().url("hazard-service")).auth().oauth2(unit)
                .accept(ContentType.JSON).multiPart("file", photo(), "image/png")
                .post("/api/v1/hazards/{id}/attachments", s.majorId()).then().statusCode(201).extract().path("id");
        at("hazard-service", unit).body(Map.of("description", "已更换门锁并恢复安全回路", "completedAt", now(),
                        "evidence", List.of(evidence)))
                .post("/api/v1/hazards/{id}/rectification-report", s.majorId()).then().statusCode(200);
        at("hazard-service", Tokens.inspector(s.district())).body(Map.of("result", "FAILED", "inspector", "王建国",
                        "comment", "门锁回路仍被短接，责令继续整改", "verifiedAt", now()))
                .post("/api/v1/hazards/{id}/verification", s.majorId()).then().statusCode(200);
        at("inspection-service", Tokens.districtAdmin(s.district())).body(Map.of("type", "INTERVIEW",
                        "reason", "重大隐患复查不合格，约谈单位主要负责人", "hazardIds", List.of(s.majorId())))
                .post("/api/v1/units/{id}/enforcement-actions", s.unitId()).then().statusCode(201);
        await().atMost(RunningSuite.patience()).until(() -> at("hazard-service", Tokens.city())
                .get("/api/v1/hazards/{id}", s.majorId()).then().statusCode(200).extract().jsonPath()
                .getList("enforcementActions").size() == 1);
    }

    /** A measure of the city's institutional-measures list (制度措施清单). */
    static String cityMeasure() {
        return at("hazard-service", Tokens.city()).body(Map.of("title", "电梯维保质量提升专项制度",
                        "description", "维保单位每半月对电梯制动器、门锁回路开展专项检查，检查记录存档备查",
                        "kind", "SYSTEM", "leadDepartment", "MARKET_SUPERVISION", "status", "ADOPTED",
                        "dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3).toString()))
                .post("/api/v1/measures").then().statusCode(201).extract().path("id");
    }

    private static JsonPath hazardsOf(String token, String uscc) {
        return at("hazard-service", token).queryParam("unitUscc", uscc).queryParam("view", "summary")
                .get("/api/v1/hazards").then().statusCode(200).extract().jsonPath();
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString();
    }

    /** A small photo (a lift door in two colours), so the report shows a visible thumbnail. */
    private static File photo() throws IOException {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x9db4d0), 160, 120, new Color(0x3c5a80)));
        g.fillRect(0, 0, 160, 120);
        g.setColor(new Color(0xd8dde4));
        g.fillRect(40, 15, 38, 95);
        g.fillRect(82, 15, 38, 95);
        g.dispose();
        File file = Files.createTempFile("evidence", ".png").toFile();
        file.deleteOnExit();
        ImageIO.write(image, "png", file);
        assertEquals(true, file.length() > 0);
        return file;
    }
}
