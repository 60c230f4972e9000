package cn.gov.sed.notification.publicity;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The social channels against real HTTP endpoints (WireMock): each adapter posts once in its platform's shape and
 * records the platform's answer on the publication; a platform that fails then recovers gets the post once; one that
 * stays down ends FAILED; a post whose replica died mid-lease is delivered later, once.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(WireMockChannels.class)
class SocialChannelsTest {
    @Inject
    EntityManager em;

    private static String marker() {
        return "channel-" + UUID.randomUUID();
    }

    /** The publication's post on {@code channel}, as the API shows it. */
    private static JsonPath postOn(String id, String channel) {
        JsonPath publication = Publishing.get(id);
        List<String> channels = publication.getList("channelPosts.channel");
        int i = channels.indexOf(channel);
        assertTrue(i >= 0, channel + " not among " + channels);
        return new JsonPath(publication.prettify()).setRootPath("channelPosts[" + i + "]");
    }

    private static void awaitStatus(String id, String channel, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(postOn(id, channel).getString("status")));
    }

    @Test
    void eachChannelGetsThePostOnceInItsPlatformsShapeAndItsAnswerIsRecorded() {
        String marker = marker();
        var wiremock = WireMockChannels.server;
        wiremock.stubFor(post("/wechat").withRequestBody(containing(marker))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"publish_id\": \"wx-2247483647\"}")));
        wiremock.stubFor(post("/weibo").withRequestBody(containing(marker))
                .willReturn(okJson("{\"id\": 5012345678901234, \"idstr\": \"5012345678901234\"}")));
        wiremock.stubFor(post("/douyin").withRequestBody(containing(marker))
                .willReturn(okJson("{\"data\": {\"error_code\": 0, \"description\": \"\", \"item_id\": \"@9VwKzuuES\"}}")));

        String id = Publishing.draft("SAFETY_KNOWLEDGE", "电梯安全小常识 " + marker, "乘梯请勿倚靠轿门。\n遇困请按警铃。",
                List.of("WECHAT", "WEIBO", "DOUYIN", "WEBSITE"));
        JsonPath published = Publishing.published(id);
        // the intent is recorded with the publishing itself: three posts owed (the website is served, not posted)
        assertEquals(List.of("WECHAT", "WEIBO", "DOUYIN"), published.getList("channelPosts.channel"));
        assertEquals(List.of("PENDING", "PENDING", "PENDING"), published.getList("channelPosts.status"));

        for (String channel : List.of("WECHAT", "WEIBO", "DOUYIN")) {
            awaitStatus(id, channel, "POSTED");
        }
        assertEquals("wx-2247483647", postOn(id, "WECHAT").getString("postId"));
        assertEquals("5012345678901234", postOn(id, "WEIBO").getString("postId"));
        assertEquals("@9VwKzuuES", postOn(id, "DOUYIN").getString("postId"));
        for (String channel : List.of("WECHAT", "WEIBO", "DOUYIN")) {
            JsonPath post = postOn(id, channel);
            assertEquals(1, post.getInt("attempts"));
            assertNotNull(post.getString("postedAt"));
            assertNotNull(post.getString("lastAttemptAt"));
            assertNull(post.getString("lastError"));
            assertNull(post.getString("nextAttemptAt"));
            assertTrue(post.getString("answer").startsWith("{"), post.getString("answer"));
        }

        // each platform received exactly one request, with its account's token and the publication's key
        wiremock.verify(1, postRequestedFor(urlEqualTo("/wechat")).withRequestBody(containing(marker))
                .withHeader("Authorization", equalTo("Bearer wechat-token"))
                .withHeader("Idempotency-Key", equalTo(id + ":WECHAT"))
                .withRequestBody(containing("\"digest\""))
                .withRequestBody(containing("https://sed.example.gov.cn/public/publications/" + id)));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/weibo")).withRequestBody(containing(marker))
                .withHeader("Authorization", equalTo("Bearer weibo-token"))
                .withRequestBody(containing("\"status\":\"【电梯安全小常识 " + marker + "】")));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/douyin")).withRequestBody(containing(marker))
                .withHeader("Authorization", equalTo("Bearer douyin-token"))
                .withHeader("Idempotency-Key", equalTo(id + ":DOUYIN")));
        // nothing internal travels: not the author, the reviewer or the review state
        wiremock.findAll(postRequestedFor(urlEqualTo("/wechat")).withRequestBody(containing(marker)))
                .forEach(r -> {
                    assertFalse(r.getBodyAsString().contains("city-staff"), r.getBodyAsString());
                    assertFalse(r.getBodyAsString().contains("PUBLISHED"), r.getBodyAsString());
                });
    }

    @Test
    void aPlatformThatFailsThenRecoversGetsThePostOnce() {
        String marker = marker();
        String scenario = "weibo-down-" + marker;
        var wiremock = WireMockChannels.server;
        wiremock.stubFor(post("/weibo").withRequestBody(containing(marker)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("service unavailable"))
                .willSetStateTo("up"));
        wiremock.stubFor(post("/weibo").withRequestBody(containing(marker)).inScenario(scenario)
                .whenScenarioStateIs("up")
                .willReturn(okJson("{\"idstr\": \"4999000000000001\"}")));
        // WeChat answers 200 with an errcode when it refuses (here its daily quota): a failure, retried
        String wechat = "wechat-quota-" + marker;
        wiremock.stubFor(post("/wechat").withRequestBody(containing(marker)).inScenario(wechat)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\": 45009, \"errmsg\": \"reach max api daily quota limit\"}"))
                .willSetStateTo("quota back"));
        wiremock.stubFor(post("/wechat").withRequestBody(containing(marker)).inScenario(wechat)
                .whenScenarioStateIs("quota back")
                .willReturn(okJson("{\"errcode\": 0, \"publish_id\": \"wx-2\"}")));

        String id = Publishing.draft("WORK_UPDATE", "工作动态 " + marker, "河西区开展电梯专项检查。",
                List.of("WEIBO", "WECHAT"));
        Publishing.published(id);
        awaitStatus(id, "WEIBO", "POSTED");
        awaitStatus(id, "WECHAT", "POSTED");

        JsonPath weibo = postOn(id, "WEIBO");
        assertEquals(2, weibo.getInt("attempts"));
        assertEquals("4999000000000001", weibo.getString("postId"));
        assertNull(weibo.getString("lastError"));
        JsonPath wechatPost = postOn(id, "WECHAT");
        assertEquals(2, wechatPost.getInt("attempts"));
        assertEquals("wx-2", wechatPost.getString("postId"));
        // one failed attempt and one accepted post each: delivered once
        wiremock.verify(2, postRequestedFor(urlEqualTo("/weibo")).withRequestBody(containing(marker)));
        wiremock.verify(2, postRequestedFor(urlEqualTo("/wechat")).withRequestBody(containing(marker)));
    }

    @Test
    void aPlatformThatStaysDownEndsFailedAfterTheLastAttempt() {
        String marker = marker();
        var wiremock = WireMockChannels.server;
        wiremock.stubFor(post("/douyin").withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(500).withBody("{\"message\": \"internal error\"}")));

        String id = Publishing.draft("SAFETY_KNOWLEDGE", "安全知识 " + marker, "气瓶请直立存放。", List.of("DOUYIN"));
        Publishing.published(id);
        awaitStatus(id, "DOUYIN", "FAILED");

        JsonPath douyin = postOn(id, "DOUYIN");
        assertEquals(3, douyin.getInt("attempts")); // sed.publicity.channels.max-attempts in the test profile
        assertEquals("HTTP 500", douyin.getString("lastError"));
        assertEquals("{\"message\": \"internal error\"}", douyin.getString("answer"));
        assertNull(douyin.getString("postId"));
        assertNull(douyin.getString("postedAt"));
        wiremock.verify(3, postRequestedFor(urlEqualTo("/douyin")).withRequestBody(containing(marker)));
    }

    @Test
    void aPostLeasedByAReplicaThatDiedIsDeliveredLaterOnce() {
        String marker = marker();
        var wiremock = WireMockChannels.server;
        wiremock.stubFor(post("/wechat").withRequestBody(containing(marker))
                .willReturn(okJson("{\"errcode\": 0, \"publish_id\": \"wx-after-crash\"}")));
        String id = Publishing.draft("WORK_UPDATE", "工作动态 " + marker, "南开区完成电梯应急演练。", List.of("WEBSITE"));
        Publishing.published(id);
        // as a replica leaves it when it dies between leasing and recording: pending, leased, the lease run out
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO publication_channel_post"
                        + " (id, publication_id, channel, status, attempts, next_attempt_at, lease_until, lease_owner,"
                        + " created_at) VALUES (?1, ?2, 'WECHAT', 'PENDING', 0, ?3, ?4, 'channels-gone', ?3)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(id))
                .setParameter(3, Timestamp.from(Instant.now().minusSeconds(600)))
                .setParameter(4, Timestamp.from(Instant.now().minusSeconds(1)))
                .executeUpdate());

        awaitStatus(id, "WECHAT", "POSTED");
        assertEquals("wx-after-crash", postOn(id, "WECHAT").getString("postId"));
        assertEquals(1, postOn(id, "WECHAT").getInt("attempts"));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/wechat")).withRequestBody(containing(marker)));
    }
}
