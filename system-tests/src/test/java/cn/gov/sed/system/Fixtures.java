package cn.gov.sed.system;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.testing.RunningSuite;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Requests a client makes to set up a scenario, against the running suite. */
final class Fixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    private Fixtures() {
    }

    static RequestSpecification at(String service, String token) {
        RequestSpecification spec = given().baseUri(RunningSuite.get().url(service)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** A fresh, valid unified social credit code. */
    static String newCreditCode(String district) {
        return CreditCode.withCheckCharacter("91" + district + "MA"
                + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000));
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString();
    }

    static Map<String, Object> unit(String uscc, String district, String name) {
        return Map.of("uscc", uscc, "name", name, "types", List.of("USER"), "district", district,
                "industry", "COMMERCE_RETAIL", "address", "测试路1号", "contactName", "张安全",
                "contactPhone", "13800000000");
    }

    static Map<String, Object> elevator(String unitId, int n) {
        return Map.of("unitId", unitId, "category", "3110",
                "equipmentCode", "3110" + "12001" + "2020" + String.format("%05d", n),
                "registrationNumber", "梯11津A" + String.format("%05d", n) + "(20)", "usageEnvironment", "MALL",
                "location", "中庭", "nextInspectionDue", "2027-06-30", "status", "IN_USE");
    }

    static Map<String, Object> inspection(String district, String unitId) {
        return Map.of("district", district, "unitId", unitId, "method", "FOUR_NO_TWO_DIRECT",
                "inspectors", List.of(Map.of("name", "王建国", "certificateNo", "TJ0001"),
                        Map.of("name", "李明", "certificateNo", "TJ0002")),
                "departments", List.of(), "plannedAt", now());
    }
}
