package cn.gov.sed.inspection;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Test data made through the API, with unique credit codes and equipment codes. */
public final class Fixtures {
    public static final String HEPING = "120101";
    public static final String HEDONG = "120102";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Fixtures() {
    }

    /** A fresh valid 统一社会信用代码 (GB 32100 check character computed). */
    public static String uscc() {
        StringBuilder code = new StringBuilder("91120101");
        while (code.length() < 17) {
            code.append(CreditCode.alphabet().charAt(RANDOM.nextInt(CreditCode.alphabet().length())));
        }
        return CreditCode.withCheckCharacter(code.toString());
    }

    /** A fresh 18-character equipment code (设备代码) of a category. */
    public static String equipmentCode(String category) {
        return category + String.format("%014d", Math.floorMod(RANDOM.nextLong(), 100_000_000_000_000L));
    }

    /** A fresh 20-digit legacy registration code (注册代码). */
    public static String legacyCode() {
        return String.format("%010d%010d", Math.floorMod(RANDOM.nextLong(), 10_000_000_000L),
                Math.floorMod(RANDOM.nextLong(), 10_000_000_000L));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static Map<String, Object> unitBody(String district, String uscc) {
        Map<String, Object> body = new HashMap<>();
        body.put("uscc", uscc);
        body.put("name", "天津测试物业管理有限公司" + uscc.substring(8, 12));
        body.put("types", List.of("USER"));
        body.put("district", district);
        body.put("industry", "RESIDENTIAL_PROPERTY");
        body.put("address", "天津市和平区南京路1号");
        body.put("contactName", "张三");
        body.put("contactPhone", "13800000000");
        return body;
    }

    /** A unit of the district, registered by the city; returns its id. */
    public static String unit(String district) {
        return unitWithUscc(district, uscc());
    }

    public static String unitWithUscc(String district, String uscc) {
        return as(Tokens.city()).body(unitBody(district, uscc)).post("/api/v1/units")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> equipmentBody(String unitId, String category, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("category", category);
        body.put("equipmentCode", code);
        body.put("registrationNumber", "梯11津A00001(21)");
        body.put("usageEnvironment", "RESIDENTIAL");
        body.put("location", "1号楼1单元");
        body.put("nextInspectionDue", "2027-06-30");
        return body;
    }

    /** A piece of equipment of a unit (category 3110 曳引驱动乘客电梯 unless told); returns its id. */
    public static String equipment(String unitId, String category) {
        return as(Tokens.city()).body(equipmentBody(unitId, category, equipmentCode(category)))
                .post("/api/v1/equipment").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> inspectionBody(String district, String unitId, String method) {
        Map<String, Object> body = new HashMap<>();
        body.put("district", district);
        body.put("unitId", unitId);
        body.put("method", method);
        List<Map<String, String>> inspectors = new ArrayList<>();
        inspectors.add(Map.of("name", "李四", "certificateNo", "津执12010100001"));
        inspectors.add(Map.of("name", "王五", "certificateNo", "津执12010100002"));
        body.put("inspectors", inspectors);
        body.put("departments", List.of("HOUSING"));
        body.put("plannedAt", "2026-11-28T09:00:00+08:00");
        return body;
    }

    /** A planned inspection of the unit by the district's inspector; returns its id. */
    public static String plannedInspection(String district, String unitId) {
        return as(Tokens.inspector(district)).body(inspectionBody(district, unitId, "FOUR_NO_TWO_DIRECT"))
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
    }

    /** An inspection under way; returns its id. */
    public static String startedInspection(String district, String unitId) {
        String id = plannedInspection(district, unitId);
        as(Tokens.inspector(district)).body(Map.of("startedAt", "2026-11-28T09:30:00+08:00", "location", "现场"))
                .post("/api/v1/inspections/" + id + "/start").then().statusCode(200);
        return id;
    }

    /** Records a finding; returns its id. */
    public static String finding(String district, String inspectionId, String equipmentId, String itemCode) {
        return as(Tokens.inspector(district)).body(Map.of("equipmentId", equipmentId, "checklistItemCode", itemCode,
                        "description", "检查发现：" + itemCode))
                .post("/api/v1/inspections/" + inspectionId + "/findings").then().statusCode(201).extract().path("id");
    }

    /** How many units the city finds whose name or credit code contains the text. */
    public static long unitsMatching(String text) {
        return as(Tokens.city()).queryParam("q", text).get("/api/v1/units").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /** How many pieces of equipment a unit has. */
    public static int equipmentCountOf(String unitId) {
        return as(Tokens.city()).queryParam("unitId", unitId).get("/api/v1/equipment")
                .then().statusCode(200).extract().path("total");
    }
}
