package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PublicationResourceTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static Map<String, Object> draft(String title, String district) {
        var body = new java.util.HashMap<String, Object>();
        body.put("type", "SAFETY_KNOWLEDGE");
        body.put("title", title);
        body.put("body", "电梯困人时请保持冷静，按下警铃等待救援。");
        body.put("channels", List.of("WECHAT", "DOUYIN"));
        body.put("district", district);
        return body;
    }

    @Test
    void aPublicationIsReviewedBeforeItIsPublished() {
        String admin = Tokens.districtAdmin("120110");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(draft("电梯安全小知识", null))
                .post("/api/v1/publications").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("district", equalTo("120110"))
                .body("channels", equalTo(List.of("WECHAT", "DOUYIN")))
                .body("allowedActions", equalTo(List.of("submit")))
                .extract().path("id");

        given().auth().oauth2(admin).post("/api/v1/publications/" + id + "/publish").then().statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("currentStatus", equalTo("DRAFT"))
                .body("allowedActions", equalTo(List.of("submit")));
        given().auth().oauth2(admin).post("/api/v1/publications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("PENDING_REVIEW"));
        // the author never approves their own publication (API.md v1.1, publicity), whatever the If-Match
        given().auth().oauth2(admin).post("/api/v1/publications/" + id + "/approve").then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(admin).header("If-Match", "\"0\"").post("/api/v1/publications/" + id + "/approve")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.city()).header("If-Match", "\"0\"").post("/api/v1/publications/" + id + "/approve")
                .then().statusCode(412);
        given().auth().oauth2(Tokens.city()).post("/api/v1/publications/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo("city-staff"));
        given().auth().oauth2(admin).post("/api/v1/publications/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .body("allowedActions", equalTo(List.of()))
                // no account is configured for WeChat or Douyin in this profile: recorded as skipped, not an error
                .body("channelPosts.channel", equalTo(List.of("WECHAT", "DOUYIN")))
                .body("channelPosts.status", equalTo(List.of("SKIPPED", "SKIPPED")))
                .body("channelPosts.attempts", equalTo(List.of(0, 0)));

        given().auth().oauth2(Tokens.districtAdmin("120111")).get("/api/v1/publications/" + id).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.districtAdmin("120111")).queryParam("size", 200).get("/api/v1/publications")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.city()).queryParam("status", "PUBLISHED").queryParam("size", 200)
                .get("/api/v1/publications").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void badDraftsAre400And403AndCreateNothing() {
        String marker = "坏草稿-" + UUID.randomUUID();
        Map<String, Object> noChannels = draft(marker, null);
        noChannels.put("channels", List.of());
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(noChannels)
                .post("/api/v1/publications").then().statusCode(400)
                .body("violations.field", hasItem("channels"));
        Map<String, Object> badChannel = draft(marker, null);
        badChannel.put("channels", List.of("TIKTOK"));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(badChannel)
                .post("/api/v1/publications").then().statusCode(400)
                .body("type", equalTo("/problems/validation"));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(draft(marker, "999999"))
                .post("/api/v1/publications").then().statusCode(400)
                .body("violations.field", hasItem("district"));
        given().auth().oauth2(Tokens.districtAdmin("120101")).contentType(ContentType.JSON)
                .body(draft(marker, "120102")).post("/api/v1/publications").then().statusCode(403);
        given().auth().oauth2(Tokens.inspector("120101")).contentType(ContentType.JSON)
                .body(draft(marker, null)).post("/api/v1/publications").then().statusCode(403);
        given().auth().oauth2(Tokens.city()).queryParam("type", "NEWS").get("/api/v1/publications").then()
                .statusCode(400).body("violations.field", hasItem("type"));
        given().auth().oauth2(Tokens.city()).queryParam("size", 200).get("/api/v1/publications").then()
                .statusCode(200).body("items.title", not(hasItem(marker)));
    }

    @Test
    void anExposureDraftsAWarningExposureOnce() {
        UUID actionId = UUID.randomUUID();
        var exposure = new EnforcementActionTaken("120112", actionId, UUID.randomUUID(), "91120112MA00000009",
                "津南游乐设备有限公司", EnforcementType.EXPOSURE, "大型游乐设施未经检验投入使用", "特种设备安全法第八十四条",
                null, "津南市监曝〔2026〕3号", List.of(), OffsetDateTime.parse("2026-11-27T10:00:00+08:00"));
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        kafka.send(exposure);
        kafka.send(exposure); // a replay under a new ce_id
        String admin = Tokens.districtAdmin("120112");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(admin)
                .queryParam("type", "WARNING_EXPOSURE").queryParam("size", 200).get("/api/v1/publications")
                .jsonPath().getList("items.sourceActionId").contains(actionId.toString()));
        // a later event of the same unit shows the replay was handled too
        var penalty = new EnforcementActionTaken("120112", UUID.randomUUID(), exposure.unitId(), exposure.unitUscc(),
                exposure.unitName(), EnforcementType.PENALTY, "逾期未整改", null, "10000.00", "津南市监罚〔2026〕4号",
                List.of(), OffsetDateTime.parse("2026-11-27T11:00:00+08:00"));
        kafka.send(penalty);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(admin).queryParam("size", 200)
                .get("/api/v1/notifications/inbox").jsonPath().getList("items.title").contains("执法措施：行政处罚"));
        var list = given().auth().oauth2(admin).queryParam("type", "WARNING_EXPOSURE").queryParam("size", 200)
                .get("/api/v1/publications").jsonPath();
        List<String> sources = list.getList("items.sourceActionId");
        assertEquals(1, sources.stream().filter(actionId.toString()::equals).count());
        int i = sources.indexOf(actionId.toString());
        assertEquals("DRAFT", list.getString("items[" + i + "].status"));
        assertEquals("警示曝光：津南游乐设备有限公司", list.getString("items[" + i + "].title"));
    }

    @Test
    void outreachActivitiesAreRecordedByTheDistrictBureau() {
        String admin = Tokens.districtAdmin("120113");
        Map<String, Object> activity = Map.of("campaign", "FIVE_INTO", "target", "SCHOOL", "date", "2026-06-12",
                "participants", 120, "description", "电梯安全进校园");
        io.restassured.response.Response created = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(activity).post("/api/v1/outreach-activities").then().statusCode(201)
                .body("district", equalTo("120113"))
                .body("target", equalTo("SCHOOL"))
                .extract().response();
        String id = created.path("id");
        // the Location of the 201 is readable by its district and the city, and by no other district
        String location = created.header("Location");
        String again = given().auth().oauth2(admin).get(location).then().statusCode(200)
                .body("district", equalTo("120113")).body("description", equalTo("电梯安全进校园")).extract().path("id");
        org.junit.jupiter.api.Assertions.assertEquals(id, again);
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/api/v1/outreach-activities/" + id), location);
        given().auth().oauth2(Tokens.city()).get("/api/v1/outreach-activities/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.districtAdmin("120114")).get("/api/v1/outreach-activities/" + id)
                .then().statusCode(404);
        given().auth().oauth2(admin).get("/api/v1/outreach-activities/" + java.util.UUID.randomUUID()).then().statusCode(404);
        // a path id that is not a UUID names no activity: 404 as a problem, like every service (never a 500)
        for (String token : List.of(admin, Tokens.city())) {
            given().auth().oauth2(token).get("/api/v1/outreach-activities/not-a-uuid").then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("campaign", "FIVE_INTO", "target", "SCHOOL", "date", "2026-06-12", "district", "120114"))
                .post("/api/v1/outreach-activities").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("campaign", "NEW_YEAR", "target", "SCHOOL", "date", "2026-06-12"))
                .post("/api/v1/outreach-activities").then().statusCode(400);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("target", "SCHOOL", "participants", -1))
                .post("/api/v1/outreach-activities").then().statusCode(400)
                .body("violations.field", hasItem("campaign"))
                .body("violations.field", hasItem("date"))
                .body("violations.field", hasItem("participants"));
        given().auth().oauth2(Tokens.city()).contentType(ContentType.JSON).body(activity)
                .post("/api/v1/outreach-activities").then().statusCode(403);

        given().auth().oauth2(admin).queryParam("size", 200).get("/api/v1/outreach-activities").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(Tokens.districtAdmin("120114")).queryParam("size", 200)
                .get("/api/v1/outreach-activities").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.city()).queryParam("size", 200).get("/api/v1/outreach-activities").then()
                .statusCode(200).body("items.id", hasItem(id));
    }
}
