package cn.gov.sed.notification.channels;

import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.events.InspectorRef;
import cn.gov.sed.contracts.events.MilestoneDueTomorrow;
import cn.gov.sed.contracts.events.RectificationDueTomorrow;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.InspectionMethod;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.sed.notification.channels.ChannelsTest.districtAdminContact;
import static cn.gov.sed.notification.channels.ChannelsTest.mailTo;
import static cn.gov.sed.notification.channels.ChannelsTest.messages;
import static cn.gov.sed.notification.channels.ChannelsTest.newEmail;
import static cn.gov.sed.notification.channels.ChannelsTest.newPhone;
import static cn.gov.sed.notification.channels.ChannelsTest.newUscc;
import static cn.gov.sed.notification.channels.ChannelsTest.smsTo;
import static cn.gov.sed.notification.channels.ChannelsTest.text;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The day-before reminders (issue 13): RectificationDueTomorrow reaches the unit (inbox, SMS at the phone its
 * finding carried) and the district bureau (inbox, e-mail); MilestoneDueTomorrow the task's bureau and lead
 * department (inbox, e-mail). Each once, however often the event arrives.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = ChannelCounterparts.class, scope = TestResourceScope.GLOBAL)
class RemindersTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    EntityManager em;

    KafkaEvents kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaEvents(bootstrapServers);
    }

    static List<Map<String, Object>> inboxAbout(String token, Object subject) {
        return given().auth().oauth2(token).queryParam("size", 200).get("/api/v1/notifications/inbox").then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(n -> subject.toString().equals(n.get("subject"))).toList();
    }

    private void unitPhoneKnown(String district, String uscc, String phone) {
        kafka.send(new HazardFound(district, UUID.randomUUID(), UUID.randomUUID(),
                InspectionMethod.FOUR_NO_TWO_DIRECT, OffsetDateTime.parse("2026-11-20T10:00:00+08:00"),
                UUID.randomUUID(), uscc, "津门电梯有限公司", "李四", phone, "RESIDENTIAL_PROPERTY", UUID.randomUUID(),
                "311012345202600001", "3110", UsageEnvironment.RESIDENTIAL, "1.1", "安全回路短接",
                Severity.MAJOR, HazardType.EQUIPMENT_CONDITION, "门锁回路短接", List.of(new InspectorRef("王五", "TS-001")),
                LocalDate.parse("2026-12-05")));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                !em.createNativeQuery("SELECT 1 FROM unit_contact WHERE uscc = ?1 AND phone = ?2")
                        .setParameter(1, uscc).setParameter(2, phone).getResultList().isEmpty()));
    }

    @Test
    void aDeadlineDueTomorrowRemindsTheUnitBySmsAndTheBureauByEmailOnce() throws Exception {
        String district = "120115";
        String uscc = newUscc();
        String unitPhone = newPhone();
        String bureauEmail = newEmail("baodi");
        unitPhoneKnown(district, uscc, unitPhone);
        districtAdminContact(district, bureauEmail, newPhone());
        RectificationDueTomorrow reminder = new RectificationDueTomorrow(district, UUID.randomUUID(),
                LocalDate.parse("2026-12-05"), uscc, "津门电梯有限公司", Severity.MAJOR, "门锁回路短接");
        String ceId = UUID.randomUUID().toString();
        kafka.send(reminder, ceId, "2026-12-04T09:00:00+08:00");
        kafka.send(reminder, ceId, "2026-12-04T09:00:00+08:00"); // redelivered

        await().atMost(Duration.ofSeconds(30)).until(() -> smsTo(unitPhone), l -> !l.isEmpty());
        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(bureauEmail), l -> !l.isEmpty())
                .get(0);
        assertEquals("【整改期限将于明日届满】津门电梯有限公司：整改期限 2026-12-05", mail.getSubject());
        String body = text(mail);
        assertTrue(body.contains("整改期限将于明日（2026-12-05）届满"), body);
        assertTrue(body.contains("门锁回路短接"), body);
        assertTrue(body.contains("/hazards/" + reminder.hazardId()), body);
        String sms = new JsonPath(smsTo(unitPhone).get(0).getBodyAsString()).prettify();
        assertTrue(sms.contains("SED_RECTIFICATION_DUE_TOMORROW"), sms);

        await().atMost(Duration.ofSeconds(10)).until(() -> messages(Tokens.city(),
                Map.of("subject", reminder.hazardId().toString(), "status", "PENDING")).getInt("total") == 0);
        assertEquals(1, smsTo(unitPhone).size());
        assertEquals(1, mailTo(bureauEmail).size());
        JsonPath unitMessages = messages(Tokens.unit(uscc), Map.of("subject", reminder.hazardId().toString()));
        assertEquals(1, unitMessages.getInt("total"));
        assertEquals("SMS", unitMessages.getString("items[0].channel"));

        // the inbox: once for the unit, once for the district bureau, nothing for another district
        List<Map<String, Object>> unitInbox = inboxAbout(Tokens.unit(uscc), reminder.hazardId());
        assertEquals(1, unitInbox.size(), unitInbox.toString());
        assertEquals("RectificationDueTomorrow", unitInbox.get(0).get("type"));
        assertEquals("整改期限将于明日届满", unitInbox.get(0).get("title"));
        assertTrue(unitInbox.get(0).get("body").toString().contains("2026-12-05"));
        assertEquals(1, inboxAbout(Tokens.districtAdmin(district), reminder.hazardId()).size());
        assertEquals(0, inboxAbout(Tokens.districtAdmin("120117"), reminder.hazardId()).size());
    }

    @Test
    void aTimeNodeDueTomorrowRemindsTheBureauAndTheLeadDepartmentByEmailOnce() throws Exception {
        String district = "120116";
        String bureauEmail = newEmail("binhai");
        String departmentEmail = newEmail("housing");
        districtAdminContact(district, bureauEmail, newPhone());
        Map<String, Object> department = new HashMap<>();
        department.put("recipientType", "DEPARTMENT");
        department.put("recipient", "HOUSING");
        department.put("district", district);
        department.put("name", "区住建委");
        department.put("email", departmentEmail);
        given().auth().oauth2(Tokens.city()).contentType(io.restassured.http.ContentType.JSON).body(department)
                .put("/api/v1/contacts").then().statusCode(200);
        MilestoneDueTomorrow reminder = new MilestoneDueTomorrow(district, UUID.randomUUID(), UUID.randomUUID(),
                "完成自查", LocalDate.parse("2026-12-05"), "赵科长", "HOUSING", "滨海新区电梯专项整治");
        String ceId = UUID.randomUUID().toString();
        kafka.send(reminder, ceId, "2026-12-04T09:00:00+08:00");
        kafka.send(reminder, ceId, "2026-12-04T09:00:00+08:00"); // redelivered

        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(departmentEmail),
                l -> !l.isEmpty()).get(0);
        assertEquals("【滨海新区电梯专项整治】时间节点明日到期：完成自查（2026-12-05）", mail.getSubject());
        String body = text(mail);
        assertTrue(body.contains("时间节点“完成自查”应于明日（2026-12-05）完成"), body);
        assertTrue(body.contains("/tasks/" + reminder.taskId()), body);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(bureauEmail), l -> !l.isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(Tokens.city(),
                Map.of("subject", reminder.taskId().toString(), "status", "PENDING")).getInt("total") == 0);
        assertEquals(1, mailTo(departmentEmail).size());
        assertEquals(1, mailTo(bureauEmail).size());
        assertEquals(0, messages(Tokens.city(), Map.of("subject", reminder.taskId().toString(), "channel", "SMS"))
                .getInt("total"));

        List<Map<String, Object>> bureau = inboxAbout(Tokens.districtAdmin(district), reminder.taskId());
        assertEquals(1, bureau.size(), bureau.toString());
        assertEquals("MilestoneDueTomorrow", bureau.get(0).get("type"));
        assertEquals("时间节点明日到期：完成自查", bureau.get(0).get("title"));
        assertEquals(1, inboxAbout(Tokens.department("HOUSING", district), reminder.taskId()).size());
        assertEquals(0, inboxAbout(Tokens.department("EDUCATION", district), reminder.taskId()).size());
    }
}
