package cn.gov.sed.notification.channels;

import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.OverdueLevel;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.notification.routing.ChannelRuleResourceTest;
import cn.gov.sed.platform.time.MovableClock;
import cn.gov.sed.platform.validation.Limits;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mail and SMS through the service, against their real counterparts: events on real Kafka, then what the SMTP
 * server (GreenMail) and the SMS gateway (WireMock) received, and what the desk's message list says.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = ChannelCounterparts.class, scope = TestResourceScope.GLOBAL)
class ChannelsTest {
    private static final String PATH = ChannelCounterparts.GATEWAY_PATH;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    EntityManager em;
    @Inject
    MovableClock clock;

    KafkaEvents kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaEvents(bootstrapServers);
    }

    static String newUscc() {
        return "9112" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@scjg.tj.gov.cn";
    }

    static HazardRegistered registered(String district, String uscc, Severity severity) {
        return new HazardRegistered(district, UUID.randomUUID(), severity, HazardStatus.LISTED, uscc,
                "津门电梯有限公司", "3110", HazardType.EQUIPMENT_CONDITION, LocalDate.parse("2026-12-12"),
                HazardSource.INSPECTION, null);
    }

    /** The district bureau's entry in the contact directory, as the city keeps it. */
    static void districtAdminContact(String district, String email, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("recipientType", "ROLE");
        body.put("recipient", "district-admin");
        body.put("district", district);
        body.put("name", "特种设备安全监察科");
        body.put("email", email);
        body.put("phone", phone);
        given().auth().oauth2(Tokens.city()).contentType(io.restassured.http.ContentType.JSON).body(body)
                .put("/api/v1/contacts").then().statusCode(200);
    }

    static JsonPath messages(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).queryParam("size", 200)
                .get("/api/v1/messages").then().statusCode(200).extract().jsonPath();
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(ChannelCounterparts.smtp().getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<LoggedRequest> smsTo(String phone) {
        return ChannelCounterparts.gateway().findAll(postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.phone", equalTo(phone))));
    }

    @Test
    void theMessageListRefusesBadFiltersAndAnswersNothingOutsideTheCallersScope() {
        JsonPath bad = given().auth().oauth2(Tokens.city()).queryParam("channel", "FAX").queryParam("status", "LOST")
                .get("/api/v1/messages").then().statusCode(400).extract().jsonPath();
        assertEquals("/problems/validation", bad.getString("type"));
        assertEquals(List.of("channel", "status"), bad.getList("violations.field"));
        given().auth().oauth2(Tokens.city()).queryParam("subject", "x".repeat(Limits.QUERY_VALUE + 1))
                .get("/api/v1/messages").then().statusCode(400);
        given().auth().oauth2(Tokens.city()).get("/api/v1/messages/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(Tokens.city()).get("/api/v1/messages/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/messages").then().statusCode(401);
    }

    @Test
    void aMajorHazardReachesTheDistrictBureauByEmailInChinese() throws Exception {
        String email = newEmail("hexi");
        districtAdminContact("120103", email, newPhone());
        HazardRegistered hazard = registered("120103", newUscc(), Severity.MAJOR);
        kafka.send(hazard);

        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email), l -> !l.isEmpty()).get(0);
        assertEquals("sed-noreply@scjg.tj.gov.cn", mail.getFrom()[0].toString());
        assertEquals("【重大隐患】津门电梯有限公司：" + HazardType.EQUIPMENT_CONDITION.label() + "，整改期限 2026-12-12",
                mail.getSubject());
        assertTrue(mail.getHeader("Subject")[0].toLowerCase().startsWith("=?utf-8?"),
                "the Chinese subject travels as an RFC 2047 encoded word: " + mail.getHeader("Subject")[0]);
        assertTrue(mail.getContentType().toLowerCase().contains("charset=utf-8"), mail.getContentType());
        String body = text(mail);
        assertTrue(body.contains("河西区新登记一项重大隐患"), body);
        assertTrue(body.contains("整改期限：2026-12-12"), body);
        assertTrue(body.contains("五落实"), body); // what to do next
        assertTrue(body.contains("https://sed.scjg.tj.gov.cn/hazards/" + hazard.hazardId()), body);

        // the desk sees it went out
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath sent = messages(Tokens.city(), Map.of("subject", hazard.hazardId().toString(), "channel", "EMAIL"));
            assertEquals(1, sent.getInt("total"));
            assertEquals("SENT", sent.getString("items[0].status"));
            assertEquals(email, sent.getString("items[0].address"));
            assertEquals(mail.getSubject(), sent.getString("items[0].title"));
        });
        // the district bureau of the matter sees it, another district's does not
        assertEquals(2, messages(Tokens.districtAdmin("120103"), Map.of("subject", hazard.hazardId().toString()))
                .getInt("total")); // the e-mail and the SMS
        assertEquals(0, messages(Tokens.districtAdmin("120104"), Map.of("subject", hazard.hazardId().toString()))
                .getInt("total"));
    }

    @Test
    void aMinorHazardStaysInTheInbox() {
        String email = newEmail("hexi-minor");
        districtAdminContact("120103", email, newPhone());
        HazardRegistered minor = registered("120103", newUscc(), Severity.MINOR);
        HazardRegistered major = new HazardRegistered("120103", minor.hazardId(), Severity.MAJOR, HazardStatus.LISTED,
                minor.unitUscc(), minor.unitName(), "3110", HazardType.EQUIPMENT_CONDITION,
                LocalDate.parse("2026-12-13"), HazardSource.INSPECTION, null);
        kafka.send(minor);
        kafka.send(major); // same key, handled after the minor one: once it is out, the minor one had its chance
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email), l -> !l.isEmpty());
        assertEquals(1, mailTo(email).size());
        JsonPath listed = messages(Tokens.city(), Map.of("subject", minor.hazardId().toString(), "channel", "EMAIL"));
        assertEquals(1, listed.getInt("total"));
    }

    /**
     * Routing keeps the rules it read for a few seconds; the city's edit must still apply to the very next event on
     * this replica, not after the rules kept before it expire.
     */
    @Test
    void aRuleTheCityChangesAppliesToTheNextEventAtOnce() throws Exception {
        String email = newEmail("hexi-rule");
        districtAdminContact("120103", email, newPhone());
        HazardRegistered before = registered("120103", newUscc(), Severity.MINOR);
        kafka.send(before); // routed by the rules as they are (a minor hazard: the inbox only), which are then kept
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.districtAdmin("120103"))
                .queryParam("size", 200).get("/api/v1/notifications/inbox").then().statusCode(200).extract()
                .jsonPath().getList("items.subject").contains(before.hazardId().toString()));

        List<Map<String, Object>> rules = ChannelRuleResourceTest.rules(Tokens.city());
        List<Map<String, Object>> changed = new ArrayList<>(rules);
        changed.add(Map.of("eventType", "HazardRegistered", "grade", "MINOR", "channels", List.of("EMAIL")));
        try {
            ChannelRuleResourceTest.replace(changed);
            HazardRegistered after = registered("120103", newUscc(), Severity.MINOR);
            kafka.send(after);
            MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email), l -> !l.isEmpty())
                    .get(0);
            assertTrue(text(mail).contains(after.hazardId().toString()), "the e-mail is about the hazard after the edit");
            assertEquals(1, mailTo(email).size(), "the hazard before the edit stayed in the inbox");
        } finally {
            ChannelRuleResourceTest.replace(rules);
        }
    }

    @Test
    void anSmsGatewayThatFailsIsRetriedAndTheMessageDeliveredOnce() {
        String phone = newPhone();
        String scenario = "gateway-" + phone;
        var gateway = ChannelCounterparts.gateway();
        gateway.stubFor(post(urlPathEqualTo(PATH)).withRequestBody(matchingJsonPath("$.phone", equalTo(phone)))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("service unavailable"))
                .willSetStateTo("busy"));
        gateway.stubFor(post(urlPathEqualTo(PATH)).withRequestBody(matchingJsonPath("$.phone", equalTo(phone)))
                .inScenario(scenario).whenScenarioStateIs("busy")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": \"isv.BUSINESS_LIMIT_CONTROL\", \"message\": \"触发流控\"}"))
                .willSetStateTo("up"));
        gateway.stubFor(post(urlPathEqualTo(PATH)).withRequestBody(matchingJsonPath("$.phone", equalTo(phone)))
                .inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": \"OK\", \"message\": \"OK\", \"bizId\": \"biz-" + phone + "\"}")));
        districtAdminContact("120105", null, phone);
        HazardRegistered hazard = registered("120105", newUscc(), Severity.MAJOR);
        kafka.send(hazard);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath sms = messages(Tokens.city(), Map.of("subject", hazard.hazardId().toString(), "channel", "SMS"));
            assertEquals(1, sms.getInt("total"));
            assertEquals("SENT", sms.getString("items[0].status"));
            assertEquals(3, sms.getInt("items[0].attempts"));
            assertTrue(sms.getString("items[0].gatewayAnswer").contains("biz-" + phone),
                    sms.getString("items[0].gatewayAnswer"));
            assertTrue(sms.getString("items[0].body").startsWith("【天津市市场监管委】河北区津门电梯有限公司登记一项重大隐患"),
                    sms.getString("items[0].body"));
        });
        List<LoggedRequest> requests = smsTo(phone);
        assertEquals(3, requests.size()); // 503, a refusal in a 200, then accepted: delivered once
        JsonPath last = new JsonPath(requests.get(2).getBodyAsString());
        assertEquals("【天津市市场监管委】", last.getString("signName"));
        assertEquals("SED_HAZARD_REGISTERED", last.getString("templateId"));
        assertEquals("sed-test", last.getString("account"));
        assertEquals("津门电梯有限公司", last.getString("params.unit"));
        assertEquals("2026-12-12", last.getString("params.deadline"));
        assertTrue(requests.get(2).getHeader("Content-Type").toLowerCase().contains("charset=utf-8"));
        // every attempt names the same message, so a gateway that dedupes drops a repeat
        assertEquals(1, requests.stream().map(r -> new JsonPath(r.getBodyAsString()).getString("outId")).distinct()
                .count());
    }

    @Test
    void aUnitHearsBySmsOnThePhoneItsFindingCarried() {
        String uscc = newUscc();
        String phone = newPhone();
        HazardFound found = new HazardFound("120105", UUID.randomUUID(), UUID.randomUUID(),
                InspectionMethod.FOUR_NO_TWO_DIRECT, OffsetDateTime.parse("2026-11-20T10:00:00+08:00"),
                UUID.randomUUID(), uscc, "津门电梯有限公司", "李四", phone, "RESIDENTIAL_PROPERTY", UUID.randomUUID(),
                "311012345202600001", "3110", UsageEnvironment.RESIDENTIAL, "1.1", "未办理使用登记即投入使用",
                Severity.MAJOR, HazardType.MANAGEMENT_SYSTEM, "电梯未登记", List.of(new InspectorRef("王五", "TS-001")),
                LocalDate.parse("2026-12-05"));
        kafka.send(found);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                !em.createNativeQuery("SELECT 1 FROM unit_contact WHERE uscc = ?1 AND phone = ?2")
                        .setParameter(1, uscc).setParameter(2, phone).getResultList().isEmpty()));
        HazardRegistered hazard = registered("120105", uscc, Severity.MAJOR);
        kafka.send(hazard);

        await().atMost(Duration.ofSeconds(30)).until(() -> smsTo(phone), l -> !l.isEmpty());
        JsonPath mine = messages(Tokens.unit(uscc), Map.of("channel", "SMS"));
        assertEquals(1, mine.getInt("total")); // the unit sees what was sent to it, and nothing else
        assertEquals("UNIT", mine.getString("items[0].recipientType"));
        assertEquals(phone, mine.getString("items[0].address"));
    }

    @Test
    void theSameEventArrivingAgainNeverSendsTwice() {
        String email = newEmail("hongqiao");
        String phone = newPhone();
        districtAdminContact("120106", email, phone);
        HazardRegistered hazard = registered("120106", newUscc(), Severity.MAJOR);
        String ceId = UUID.randomUUID().toString();
        kafka.send(hazard, ceId, "2026-11-20T10:00:00+08:00");
        kafka.send(hazard, ceId, "2026-11-20T10:00:00+08:00"); // redelivered
        kafka.send(hazard);                                     // replayed under a new ce_id
        // handled after them (same key): its messages out means the copies had their chance
        kafka.send(new HazardOverdue("120106", hazard.hazardId(), OverdueLevel.DAY_3, hazard.deadline(),
                hazard.unitUscc(), Severity.MAJOR));
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email), l -> l.size() >= 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> smsTo(phone), l -> l.size() >= 2);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // what the desk's list says of the messages owed, beside what arrived
            throw new AssertionError(e.getMessage() + "; e-mails " + mailTo(email).size() + ", SMS " + smsTo(phone).size()
                    + "\n" + messages(Tokens.city(), Map.of("subject", hazard.hazardId().toString())).prettify(), e);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(Tokens.city(),
                Map.of("subject", hazard.hazardId().toString(), "status", "PENDING")).getInt("total") == 0);

        JsonPath all = messages(Tokens.city(), Map.of("subject", hazard.hazardId().toString()));
        assertEquals(4, all.getInt("total"));
        // each message sent once it was attempted: a retry (a send that failed or timed out, which the first send of a
        // cold process can) is a second request of the same message, not a copy; the copies are what arrived below
        assertEquals(List.of("SENT", "SENT", "SENT", "SENT"), all.getList("items.status"), all.prettify());
        assertEquals(2, mailTo(email).size());
        assertEquals(2, smsTo(phone).size());
        assertEquals(1, mailTo(email).stream().filter(m -> subject(m).startsWith("【重大隐患】")).count());
    }

    @Test
    void aCrashBetweenSendingAndMarkingRepeatsOnlyThatMessageOnce() {
        // what a replica killed after the SMTP server took the message, before marking it, leaves behind: the
        // message pending, leased by the dead replica; a replica that sent and marked leaves a SENT one
        String inFlight = newEmail("in-flight");
        String marked = newEmail("marked");
        Instant now = clock.instant();
        UUID inFlightId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            insertMessage(inFlightId, inFlight, "PENDING", 0, "messages-killed", now.minusSeconds(1),
                    now.minusSeconds(150));
            insertMessage(UUID.randomUUID(), marked, "SENT", 1, null, null, now.minusSeconds(150));
        });
        // the dead replica's lease has run out: the dispatcher (of this "restarted" service) sends it again, once
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(inFlight), l -> !l.isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(Tokens.city())
                .get("/api/v1/messages/" + inFlightId).then().statusCode(200).extract().path("status")
                .equals("SENT"));
        assertEquals(1, mailTo(inFlight).size());
        assertEquals(0, mailTo(marked).size());
        assertEquals(1, (int) given().auth().oauth2(Tokens.city()).get("/api/v1/messages/" + inFlightId)
                .then().statusCode(200).extract().path("attempts"));
    }

    private void insertMessage(UUID id, String address, String status, int attempts, String leaseOwner,
                               Instant leaseUntil, Instant created) {
        var insert = em.createNativeQuery("INSERT INTO outbound_message (id, event_id, event_key, event_type, subject,"
                        + " event_district, channel, recipient_type, recipient, district, recipient_key, address,"
                        + " title, body, major, status, attempts, next_attempt_at, lease_until, lease_owner,"
                        + " created_at, sent_at) VALUES (?1, ?2, ?3, 'HazardRegistered', ?4, '120107', 'EMAIL',"
                        + " 'ROLE', 'district-admin', '120107', 'ROLE:district-admin@120107', ?5, '【重大隐患】崩溃测试',"
                        + " '正文', TRUE, ?6, ?7, ?8, " + (leaseUntil == null ? "NULL" : "?9") + ", "
                        + (leaseOwner == null ? "NULL" : "?10") + ", ?8, "
                        + ("SENT".equals(status) ? "?8" : "NULL") + ")")
                .setParameter(1, id)
                .setParameter(2, UUID.randomUUID().toString())
                .setParameter(3, "HazardRegistered:" + id)
                .setParameter(4, UUID.randomUUID().toString())
                .setParameter(5, address)
                .setParameter(6, status)
                .setParameter(7, attempts)
                .setParameter(8, Timestamp.from(created));
        if (leaseUntil != null) {
            insert.setParameter(9, Timestamp.from(leaseUntil));
        }
        if (leaseOwner != null) {
            insert.setParameter(10, leaseOwner);
        }
        insert.executeUpdate();
    }

    @Test
    void aSendTheMailServerNeverAnswersIsGivenUpAndTriedAgain() {
        String email = newEmail("jizhou-silent");
        districtAdminContact("120119", email, newPhone()); // a district no other test keeps contacts for
        HazardRegistered hazard = registered("120119", newUscc(), Severity.MAJOR);
        Supplier<JsonPath> theEmail = () -> messages(Tokens.city(),
                Map.of("subject", hazard.hazardId().toString(), "channel", "EMAIL"));
        ChannelCounterparts.smtpRelay().silence(true); // the server takes connections and never answers
        try {
            kafka.send(hazard);
            // the send is given up after quarkus.mailer.timeout (10 s in tests) and the message waits for its retry
            JsonPath waiting = await().atMost(Duration.ofSeconds(40)).until(theEmail::get,
                    m -> m.getInt("total") == 1 && m.getString("items[0].lastError") != null);
            assertEquals("PENDING", waiting.getString("items[0].status"), waiting.prettify());
            assertTrue(waiting.getString("items[0].lastError").contains("Timeout"), waiting.prettify());
            assertEquals(0, mailTo(email).size());
        } finally {
            ChannelCounterparts.smtpRelay().silence(false);
        }
        // the server answers again: a later attempt goes out, once
        await().atMost(Duration.ofSeconds(40)).until(() -> mailTo(email), l -> !l.isEmpty());
        JsonPath sent = await().atMost(Duration.ofSeconds(10)).until(theEmail::get,
                m -> m.getString("items[0].status").equals("SENT"));
        assertTrue(sent.getInt("items[0].attempts") >= 2, sent.prettify());
        assertEquals(1, mailTo(email).size());
    }

    @Test
    void quietHoursHoldAnSmsUntilMorningExceptForAMajorHazard() {
        String phone = newPhone();
        String email = newEmail("quiet");
        districtAdminContact("120110", email, phone);
        ZonedDateTime local = clock.instant().atZone(SHANGHAI);
        ZonedDateTime elevenPm = local.toLocalDate().atTime(23, 0).atZone(SHANGHAI);
        if (!elevenPm.isAfter(local)) {
            elevenPm = elevenPm.plusDays(1);
        }
        clock.advance(Duration.between(local, elevenPm));
        try {
            // two hazards three days overdue at 23:00: a general one, then (same record key: handled after) a major
            HazardOverdue general = new HazardOverdue("120110", UUID.randomUUID(), OverdueLevel.DAY_3,
                    LocalDate.parse("2026-11-10"), newUscc(), Severity.GENERAL);
            HazardOverdue major = new HazardOverdue("120110", UUID.randomUUID(), OverdueLevel.DAY_3,
                    LocalDate.parse("2026-11-10"), newUscc(), Severity.MAJOR);
            String key = UUID.randomUUID().toString();
            kafka.sendWithKey(general, key);
            kafka.sendWithKey(major, key);

            // the major one goes out at once
            await().atMost(Duration.ofSeconds(30)).until(() -> smsTo(phone), l -> !l.isEmpty());
            List<LoggedRequest> night = smsTo(phone);
            assertEquals(1, night.size());
            assertTrue(new JsonPath(night.get(0).getBodyAsString()).getString("params.link")
                    .endsWith("/hazards/" + major.hazardId()));
            // the general one is held until 07:00 (its e-mail is not)
            JsonPath held = messages(Tokens.city(), Map.of("subject", general.hazardId().toString(), "channel", "SMS"));
            assertEquals(1, held.getInt("total"));
            assertEquals("PENDING", held.getString("items[0].status"));
            assertEquals(OffsetDateTime.parse(elevenPm.toLocalDate().plusDays(1) + "T07:00:00+08:00"),
                    OffsetDateTime.parse(held.getString("items[0].heldUntil")));
            await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email), l -> l.size() == 2);

            clock.advance(Duration.ofHours(8).plusMinutes(1)); // 07:01 the next morning
            await().atMost(Duration.ofSeconds(30)).until(() -> smsTo(phone), l -> l.size() == 2);
            assertTrue(new JsonPath(smsTo(phone).get(1).getBodyAsString()).getString("params.link")
                    .endsWith("/hazards/" + general.hazardId()));
            assertNull(messages(Tokens.city(), Map.of("subject", major.hazardId().toString(), "channel", "SMS"))
                    .getString("items[0].heldUntil"));
        } finally {
            clock.reset();
        }
    }

    /** The decoded text of a plain-text message, read as its declared charset says. */
    static String text(MimeMessage m) throws MessagingException, IOException {
        String charset = new ContentType(m.getContentType()).getParameter("charset");
        try (var raw = MimeUtility.decode(m.getRawInputStream(), m.getEncoding())) {
            return new String(raw.readAllBytes(), charset).replace("\r\n", "\n");
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
