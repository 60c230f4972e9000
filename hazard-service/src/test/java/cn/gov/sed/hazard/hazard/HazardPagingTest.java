package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Paging the hazard list by cursor ({@code ?after=}, the page's {@code next}) beside page numbers: every visible
 * hazard once, in the list's order, as page numbers give it, in each order and view; hostile cursors are a 400
 * naming {@code after}; totals of small lists are exact.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class HazardPagingTest {
    private static final String D = "120113";

    @Test
    void aWalkByCursorMeetsEveryHazardOnceInOrderAndAgreesWithPageNumbers() {
        String uscc = Fixtures.uscc();
        for (int i = 0; i < 4; i++) {
            Fixtures.listed(D, uscc, i % 2 == 0 ? Severity.GENERAL : Severity.MAJOR);
        }
        for (int i = 0; i < 8; i++) {
            Fixtures.report(D, uscc); // REPORTED: no severity, no deadline (nulls in those orders)
        }
        String admin = Tokens.districtAdmin(D);
        for (String view : List.of("full", "summary")) {
            for (String sort : List.of("", "foundAt,asc", "deadline,asc", "deadline,desc", "severity,asc",
                    "severity,desc", "unitName,asc", "status,desc")) {
                List<String> all = given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("view", view)
                        .queryParam("sort", sort).queryParam("size", 200).get("/api/v1/hazards").then()
                        .statusCode(200).body("total", equalTo(12)).body("totalIsEstimate", equalTo(false))
                        .body("next", nullValue()).extract().path("items.id");
                assertEquals(12, new HashSet<>(all).size());
                List<String> walked = new ArrayList<>();
                List<String> numbered = new ArrayList<>();
                String after = null;
                int page = 0;
                do {
                    RequestSpecification request = given().auth().oauth2(admin).queryParam("unitUscc", uscc)
                            .queryParam("view", view).queryParam("sort", sort).queryParam("size", 5);
                    if (after != null) {
                        request.queryParam("after", after);
                    }
                    ExtractableResponse<Response> r = request.get("/api/v1/hazards").then().statusCode(200)
                            .body("page", equalTo(page)).body("size", equalTo(5)).body("total", equalTo(12))
                            .body("totalIsEstimate", equalTo(false)).extract();
                    walked.addAll(r.path("items.id"));
                    after = r.path("next");
                    ExtractableResponse<Response> n = given().auth().oauth2(admin).queryParam("unitUscc", uscc)
                            .queryParam("view", view).queryParam("sort", sort).queryParam("size", 5)
                            .queryParam("page", page).get("/api/v1/hazards").then().statusCode(200).extract();
                    numbered.addAll(n.path("items.id"));
                    // a page asked by number answers the same cursor, so a client may jump and then walk
                    assertEquals(after, n.path("next"));
                    page++;
                } while (after != null);
                assertEquals(all, walked, view + " sort " + sort);
                assertEquals(all, numbered, view + " sort " + sort);
                assertEquals(3, page);
            }
        }
    }

    @Test
    void aHostileCursorIs400NamingAfterAndShowsNothing() {
        String uscc = Fixtures.uscc();
        for (int i = 0; i < 3; i++) {
            Fixtures.report(D, uscc);
        }
        String admin = Tokens.districtAdmin(D);
        String next = given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("size", 1)
                .get("/api/v1/hazards").then().statusCode(200).extract().path("next");
        assertNotNull(next);
        // the cursor continues the same list for the same caller
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("size", 1).queryParam("after", next)
                .get("/api/v1/hazards").then().statusCode(200).body("page", equalTo(1))
                .body("items.size()", equalTo(1));

        String tampered = next.charAt(0) == 'A' ? "B" + next.substring(1) : "A" + next.substring(1);
        for (String cursor : List.of("garbage", "", "....", tampered, next + "A", next.substring(0, next.indexOf('.')),
                "eyJvIjoiLWZvdW5kQXQsLWlkIiwicCI6MSwiayI6WyIyMDI2LTAxLTAxVDAwOjAwOjAwWiIsIngiXX0.AAAAAAAAAAAAAAAA")) {
            if (!cursor.isEmpty()) {
                rejected(given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("after", cursor));
            }
        }
        // another order, other filters, another caller (another district, a unit, the city): not this list
        rejected(given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("after", next)
                .queryParam("sort", "foundAt,asc"));
        rejected(given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("after", next)
                .queryParam("status", "REPORTED"));
        rejected(given().auth().oauth2(admin).queryParam("after", next));
        rejected(given().auth().oauth2(Tokens.districtAdmin("120112")).queryParam("unitUscc", uscc)
                .queryParam("after", next));
        rejected(given().auth().oauth2(Tokens.unit(uscc)).queryParam("unitUscc", uscc).queryParam("after", next));
        rejected(given().auth().oauth2(Tokens.city()).queryParam("unitUscc", uscc).queryParam("after", next));
        // page and after together
        rejected(given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("after", next)
                .queryParam("page", 0));
        // longer than any cursor
        rejected(given().auth().oauth2(admin).queryParam("after", "A".repeat(1501)));
        // a view is the same list: its cursor continues the other view
        given().auth().oauth2(admin).queryParam("unitUscc", uscc).queryParam("size", 1).queryParam("after", next)
                .queryParam("view", "summary").get("/api/v1/hazards").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void theTotalOfASmallListIsExactOnEveryPage() {
        String uscc = Fixtures.uscc();
        for (int i = 0; i < 3; i++) {
            Fixtures.report(D, uscc);
        }
        for (int page = 0; page < 5; page++) {
            given().auth().oauth2(Tokens.unit(uscc)).queryParam("size", 2).queryParam("page", page)
                    .get("/api/v1/hazards").then().statusCode(200).body("total", equalTo(3))
                    .body("totalIsEstimate", equalTo(false));
        }
        given().auth().oauth2(Tokens.unit(uscc)).queryParam("size", 2).queryParam("page", 2147483647)
                .get("/api/v1/hazards").then().statusCode(200).body("items.size()", equalTo(0))
                .body("next", nullValue()).body("total", equalTo(3));
    }

    private static void rejected(RequestSpecification request) {
        request.get("/api/v1/hazards").then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", org.hamcrest.Matchers.contains("after"));
    }
}
