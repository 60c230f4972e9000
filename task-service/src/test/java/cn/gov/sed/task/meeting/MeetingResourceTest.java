package cn.gov.sed.task.meeting;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class MeetingResourceTest {
    static Map<String, Object> meeting(String district, List<String> departments) {
        var body = new java.util.HashMap<String, Object>();
        body.put("kind", "JOINT_MEETING");
        body.put("date", "2026-11-20");
        body.put("district", district);
        body.put("departments", departments);
        body.put("minutes", "通报电梯隐患排查进展");
        body.put("decisions", "住建委督促物业单位落实整改");
        return body;
    }

    @Test
    void meetingsAreRecordedAndScoped() {
        String admin = Tokens.districtAdmin("120117");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(meeting(null, List.of("HOUSING", "EDUCATION")))
                .post("/api/v1/meetings").then().statusCode(201)
                .body("district", equalTo("120117"))
                .body("departments", equalTo(List.of("HOUSING", "EDUCATION")))
                .extract().path("id");
        String cityMeeting = given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON)
                .body(meeting(null, List.of("TRANSPORT"))).post("/api/v1/meetings").then().statusCode(201)
                .extract().path("id");

        given().auth().oauth2(admin).queryParam("size", 200).get("/api/v1/meetings").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", hasItem(cityMeeting));
        given().auth().oauth2(Tokens.districtAdmin("120118")).queryParam("size", 200).get("/api/v1/meetings")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.inspector("120117")).get("/api/v1/meetings").then().statusCode(403);
    }

    @Test
    void badMeetingsAre400Or403AndRecordNothing() {
        String admin = Tokens.districtAdmin("120118");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(meeting(null, List.of("HOUSING", "NOPE")))
                .post("/api/v1/meetings").then().statusCode(400)
                .body("violations.field", hasItem("departments[1]"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("kind", "PARTY"))
                .post("/api/v1/meetings").then().statusCode(400);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(meeting("120101", List.of()))
                .post("/api/v1/meetings").then().statusCode(403);
        given().auth().oauth2(admin).get("/api/v1/meetings").then().statusCode(200)
                .body("items.district", not(hasItem("120118")));
    }
}
