package cn.gov.sed.notification.publicface;

import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.notification.publicity.Publishing;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public face, as the public reads it (no token): the Atom feed read back by Rome (a maintained Atom/RSS parser
 * that did not write it), the pages in Chinese; only publications PUBLISHED on the WEBSITE channel, only what was
 * approved for the public, hostile text escaped.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PublicFaceResourceTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static SyndFeed readFeed() throws Exception {
        Response response = given().get("/public/publications.atom").then().statusCode(200)
                .contentType("application/atom+xml;charset=utf-8").extract().response();
        byte[] xml = response.asByteArray();
        // well-formed XML for a strict parser too (no DTDs: the JDK's parser with them off)
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertEquals("http://www.w3.org/2005/Atom", document.getDocumentElement().getNamespaceURI());
        assertEquals("feed", document.getDocumentElement().getLocalName());
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(xml)));
        assertEquals("atom_1.0", feed.getFeedType());
        return feed;
    }

    private static SyndEntry entry(SyndFeed feed, String id) {
        return feed.getEntries().stream().filter(e -> e.getUri().equals("urn:uuid:" + id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not in the feed"));
    }

    private static boolean inFeed(SyndFeed feed, String id) {
        return feed.getEntries().stream().anyMatch(e -> e.getUri().equals("urn:uuid:" + id));
    }

    @Test
    void onlyPublicationsPublishedOnTheWebsiteAreServedToThePublic() throws Exception {
        String marker = "公开-" + UUID.randomUUID();
        String onWebsite = Publishing.draft("WORK_UPDATE", "河西区电梯专项检查 " + marker,
                "河西区市场监管局完成住宅电梯专项检查。\n发现隐患12处，已全部责令整改。", List.of("WEBSITE", "WECHAT"));
        Publishing.published(onWebsite);
        String wechatOnly = Publishing.draft("WORK_UPDATE", "仅微信 " + marker, "只发微信。", List.of("WECHAT"));
        Publishing.published(wechatOnly);
        String draft = Publishing.draft("WORK_UPDATE", "草稿 " + marker, "尚未提交。", List.of("WEBSITE"));
        String pending = Publishing.draft("WORK_UPDATE", "待审核 " + marker, "尚未审核。", List.of("WEBSITE"));
        Publishing.submit(pending);
        String approved = Publishing.draft("WORK_UPDATE", "已审核 " + marker, "尚未发布。", List.of("WEBSITE"));
        Publishing.submit(approved);
        Publishing.approve(approved);

        SyndFeed feed = readFeed();
        SyndEntry entry = entry(feed, onWebsite);
        assertEquals("河西区电梯专项检查 " + marker, entry.getTitle());
        assertEquals("河西区市场监管局完成住宅电梯专项检查。\n发现隐患12处，已全部责令整改。",
                entry.getContents().get(0).getValue());
        assertTrue(entry.getLink().endsWith("/public/publications/" + onWebsite), entry.getLink());
        assertTrue(entry.getCategories().stream().anyMatch(c -> c.getName().equals("WORK_UPDATE")));
        assertTrue(entry.getCategories().stream().anyMatch(c -> c.getName().equals("和平区")));
        assertTrue(feed.getEntries().size() <= 50, "capped at the latest 50");
        for (String hidden : List.of(wechatOnly, draft, pending, approved)) {
            assertFalse(inFeed(feed, hidden), hidden + " must not be public");
        }
        String xml = given().get("/public/publications.atom").asString();
        // nothing of the review: not the author, nor the reviewer
        assertFalse(xml.contains("city-staff"), "the reviewer's name is not public");
        assertFalse(xml.contains("草稿 " + marker) || xml.contains("待审核 " + marker) || xml.contains("已审核 " + marker));

        // the page, in Chinese, lists the website publication and nothing unpublished
        String page = given().get("/public/publications").then().statusCode(200)
                .contentType("text/html;charset=utf-8")
                .header("Cache-Control", "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asString();
        assertTrue(page.contains("<html lang=\"zh-CN\">"));
        assertTrue(page.contains("宣传发布"));
        assertTrue(page.contains("河西区电梯专项检查 " + marker));
        assertTrue(page.contains("工作动态"));
        assertTrue(page.contains("/public/publications/" + onWebsite));
        for (String title : List.of("仅微信 ", "草稿 ", "待审核 ", "已审核 ")) {
            assertFalse(page.contains(title + marker), title + "must not be on the public page");
        }
        // its own page; the others are 404 like an unknown id, as a problem that names nothing
        String single = given().get("/public/publications/" + onWebsite).then().statusCode(200)
                .contentType("text/html;charset=utf-8").extract().asString();
        assertTrue(single.contains("<p>发现隐患12处，已全部责令整改。</p>"), single);
        for (String hidden : List.of(wechatOnly, draft, pending, approved, UUID.randomUUID().toString(), "not-an-id")) {
            String problem = given().get("/public/publications/" + hidden).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-found"))
                    .extract().asString();
            assertFalse(problem.contains(marker), problem);
        }
        // and the same publications stay readable with a token for the staff, unchanged
        given().auth().oauth2(Tokens.city()).get("/api/v1/publications/" + draft).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void hostileTitlesAndBodiesAreEscapedInTheFeedAndThePage() throws Exception {
        String marker = UUID.randomUUID().toString();
        String title = "<script>alert('x')</script> ]]> & \"引号\" \u0001\u0008\u001B\uFFFF" + marker;
        String body = "<img src=x onerror=alert(1)> <![CDATA[ ]]> &amp; </content></entry></feed>\u0000" + marker;
        // PostgreSQL text cannot hold U+0000: the body without it, the other controls stay in the stored title
        body = body.replace("\u0000", "");
        String id = Publishing.draft("SAFETY_KNOWLEDGE", title, body, List.of("WEBSITE"));
        Publishing.published(id);
        String cleanTitle = "<script>alert('x')</script> ]]> & \"引号\" " + marker;

        SyndEntry entry = entry(readFeed(), id);
        assertEquals(cleanTitle, entry.getTitle()); // read back exactly: escaped once, controls dropped
        assertEquals(body, entry.getContents().get(0).getValue());

        String xml = given().get("/public/publications.atom").asString();
        assertFalse(xml.contains("<script>"));
        assertTrue(xml.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ]]&gt; &amp; &quot;引号&quot; " + marker)
                || xml.contains("&lt;script&gt;"), xml);

        for (String path : List.of("/public/publications", "/public/publications/" + id)) {
            String html = given().get(path).then().statusCode(200).extract().asString();
            assertFalse(html.contains("<script"), path + " carries a script");
            assertFalse(html.contains("<img"), path + " carries an image tag");
            assertFalse(html.contains("\u0001") || html.contains("\u001B") || html.contains("\uFFFF"), path);
            assertTrue(html.contains("&lt;script&gt;"), path);
        }
        assertTrue(given().get("/public/publications/" + id).asString().contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void aWarningExposureShowsTheUnitAndTheViolationAsApprovedAndNothingInternal() throws Exception {
        UUID actionId = UUID.randomUUID();
        UUID unitId = UUID.randomUUID();
        String unitName = "公开曝光游乐设备有限公司" + actionId.toString().substring(0, 8);
        var exposure = new EnforcementActionTaken("120101", actionId, unitId, "91120101MA00000011", unitName,
                EnforcementType.EXPOSURE, "大型游乐设施未经检验投入使用", "特种设备安全法第八十四条", null,
                "和平市监曝〔2026〕9号", List.of(UUID.randomUUID()), OffsetDateTime.parse("2026-11-28T10:00:00+08:00"));
        new KafkaEvents(bootstrapServers).send(exposure);
        String admin = Tokens.districtAdmin("120101");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(admin)
                .queryParam("type", "WARNING_EXPOSURE").queryParam("size", 200).get("/api/v1/publications")
                .jsonPath().getList("items.sourceActionId").contains(actionId.toString()));
        var list = given().auth().oauth2(admin).queryParam("type", "WARNING_EXPOSURE").queryParam("size", 200)
                .get("/api/v1/publications").jsonPath();
        String id = list.getString("items[" + list.getList("items.sourceActionId").indexOf(actionId.toString())
                + "].id");
        // not public while it is a draft
        given().get("/public/publications/" + id).then().statusCode(404);
        Publishing.published(id);

        String page = given().get("/public/publications/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("警示曝光：" + unitName), page);
        assertTrue(page.contains("大型游乐设施未经检验投入使用"), page);
        assertTrue(page.contains("警示曝光"));
        String feed = given().get("/public/publications.atom").asString();
        for (String publicText : List.of(page, feed)) {
            assertFalse(publicText.contains(actionId.toString()), "the enforcement action's id is internal");
            assertFalse(publicText.contains(unitId.toString()), "the unit's id is internal");
            assertFalse(publicText.contains("city-staff"), "the reviewer is internal");
            assertFalse(publicText.contains(">system<"), "the author is internal");
        }
        assertTrue(entry(readFeed(), id).getTitle().contains(unitName));
    }

    @Test
    void answersCarryValidatorsAndCachingAndPagingIsBounded() {
        String id = Publishing.draft("SAFETY_KNOWLEDGE", "缓存 " + UUID.randomUUID(), "气瓶请直立存放。",
                List.of("WEBSITE"));
        Publishing.published(id);
        for (String path : List.of("/public/publications.atom", "/public/publications", "/public/publications/" + id)) {
            Response first = given().get(path).then().statusCode(200)
                    .header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                    .header("Cache-Control", "public, max-age=300").extract().response();
            given().header("If-None-Match", first.header("ETag")).get(path).then().statusCode(304);
            given().header("If-Modified-Since", first.header("Last-Modified")).get(path).then().statusCode(304);
            given().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
        }
        given().queryParam("page", 2).get("/public/publications").then().statusCode(200);
        given().queryParam("page", 500).get("/public/publications").then().statusCode(200);
        for (String bad : List.of("0", "-1", "501", "abc", "99999999999")) {
            given().queryParam("page", bad).get("/public/publications").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("violations.field", hasItem("page"));
        }
    }
}
