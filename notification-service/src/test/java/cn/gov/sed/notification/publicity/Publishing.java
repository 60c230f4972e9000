package cn.gov.sed.notification.publicity;

import cn.gov.sed.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Takes a publication through the API as its users do: drafted by a district bureau, approved by the city. */
public final class Publishing {
    private Publishing() {
    }

    /** A draft of district 120101's bureau; answers its id. */
    public static String draft(String type, String title, String body, List<String> channels) {
        Map<String, Object> request = new HashMap<>();
        request.put("type", type);
        request.put("title", title);
        request.put("body", body);
        request.put("channels", channels);
        return given().auth().oauth2(Tokens.districtAdmin("120101")).contentType(ContentType.JSON).body(request)
                .post("/api/v1/publications").then().statusCode(201).extract().path("id");
    }

    public static void submit(String id) {
        given().auth().oauth2(Tokens.districtAdmin("120101")).post("/api/v1/publications/" + id + "/submit").then()
                .statusCode(200);
    }

    public static void approve(String id) {
        given().auth().oauth2(Tokens.city()).post("/api/v1/publications/" + id + "/approve").then().statusCode(200);
    }

    /** Publishes an approved one; answers the publication as the publish call returned it. */
    public static JsonPath publish(String id) {
        return given().auth().oauth2(Tokens.districtAdmin("120101")).post("/api/v1/publications/" + id + "/publish")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Drafted, submitted, approved and published; answers the publish call's publication. */
    public static JsonPath published(String id) {
        submit(id);
        approve(id);
        return publish(id);
    }

    public static JsonPath get(String id) {
        return given().auth().oauth2(Tokens.city()).get("/api/v1/publications/" + id).then().statusCode(200)
                .extract().jsonPath();
    }
}
