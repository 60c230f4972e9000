package cn.gov.sed.platform.paging;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The platform's keyset pages on a list of notes (one district per test, the test limit of an exact total is 3
 * rows): a walk by cursor meets every note once in the order of page numbers; the total is an estimate, flagged,
 * beyond the limit and exact below it or when a page shows the end.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class KeysetPagesTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aWalkByCursorMeetsEveryNoteOnceInTheOrderOfPageNumbers() {
        String token = Tokens.districtAdmin(district());
        for (int i = 0; i < 7; i++) {
            note(token, i % 2 == 0 ? "a" : "b");
        }
        for (String sort : List.of("", "created,asc", "text,asc", "text,desc")) {
            List<String> all = given().auth().oauth2(token).queryParam("size", 200).queryParam("sort", sort)
                    .get("/test/notes/keyset").then().statusCode(200).body("next", nullValue())
                    .body("total", equalTo(7)).body("totalIsEstimate", equalTo(false)).extract().path("items");
            assertEquals(7, all.size());
            List<String> walked = new ArrayList<>();
            List<String> numbered = new ArrayList<>();
            String after = null;
            int page = 0;
            do {
                var request = given().auth().oauth2(token).queryParam("size", 2).queryParam("sort", sort);
                if (after != null) {
                    request.queryParam("after", after);
                }
                ExtractableResponse<Response> r = request.get("/test/notes/keyset").then().statusCode(200)
                        .body("page", equalTo(page)).extract();
                walked.addAll(r.path("items"));
                after = r.path("next");
                numbered.addAll(given().auth().oauth2(token).queryParam("size", 2).queryParam("sort", sort)
                        .queryParam("page", page).get("/test/notes/keyset").then().statusCode(200).extract()
                        .<List<String>>path("items"));
                page++;
            } while (after != null);
            assertEquals(all, walked, "sort " + sort);
            assertEquals(all, numbered, "sort " + sort);
            assertEquals(4, page);
        }
    }

    @Test
    void beyondTheLimitTheTotalIsAnEstimateAndSaysSo() {
        String token = Tokens.districtAdmin(district());
        for (int i = 0; i < 5; i++) {
            note(token, "n");
        }
        String next = given().auth().oauth2(token).queryParam("size", 2).get("/test/notes/keyset").then()
                .statusCode(200).body("totalIsEstimate", equalTo(true)).body("total", greaterThanOrEqualTo(4))
                .extract().path("next");
        // the page that shows the end of the list knows the total exactly
        given().auth().oauth2(token).queryParam("size", 10).get("/test/notes/keyset").then().statusCode(200)
                .body("totalIsEstimate", equalTo(false)).body("total", equalTo(5)).body("next", nullValue());
        given().auth().oauth2(token).queryParam("size", 2).queryParam("after", next).get("/test/notes/keyset")
                .then().statusCode(200).body("page", equalTo(1)).body("items.size()", equalTo(2));

        String few = Tokens.districtAdmin(district());
        note(few, "x");
        note(few, "y");
        given().auth().oauth2(few).queryParam("size", 1).get("/test/notes/keyset").then().statusCode(200)
                .body("totalIsEstimate", equalTo(false)).body("total", equalTo(2));
    }

    @Test
    void aCursorOfAnotherCallerOrOrderOrAGarbledOneIs400NamingAfter() {
        String token = Tokens.districtAdmin(district());
        for (int i = 0; i < 3; i++) {
            note(token, "c");
        }
        String next = given().auth().oauth2(token).queryParam("size", 1).get("/test/notes/keyset").then()
                .statusCode(200).extract().path("next");
        String other = Tokens.districtAdmin(district());
        note(other, "d");
        String[] bad = {"garbage", next + "x", "x" + next, next.replace('.', '-'), next.substring(0, next.length() / 2),
                "." , next.substring(0, next.indexOf('.'))};
        for (String cursor : bad) {
            rejected(given().auth().oauth2(token).queryParam("after", cursor));
        }
        rejected(given().auth().oauth2(other).queryParam("after", next));
        rejected(given().auth().oauth2(token).queryParam("after", next).queryParam("sort", "text,asc"));
        rejected(given().auth().oauth2(token).queryParam("after", next).queryParam("page", 0));
        rejected(given().auth().oauth2(token).queryParam("after", "a".repeat(CursorPageParams.MAX_CURSOR + 1)));
    }

    private static void rejected(io.restassured.specification.RequestSpecification request) {
        request.get("/test/notes/keyset").then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("after"));
    }

    private static void note(String token, String text) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", text)).post("/test/notes")
                .then().statusCode(201);
    }

    private static String district() {
        return "9" + String.format("%05d", RANDOM.nextInt(100_000));
    }
}
