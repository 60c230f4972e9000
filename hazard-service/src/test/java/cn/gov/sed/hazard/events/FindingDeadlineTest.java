package cn.gov.sed.hazard.events;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardFound;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.testing.KafkaEvents;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The time limit travels in the event: the instruction (监察指令书) given to the unit and the hazard list agree,
 * and HazardRegistered tells the other services the same date.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class FindingDeadlineTest {
    private static final String D = "120110";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KafkaEvents kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaEvents(bootstrap);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aFindingsDeadlineIsTheDateItsInstructionPrinted() {
        String uscc = Fixtures.uscc();
        // a date no default would give: registration + 15 is another day
        LocalDate rectifyBy = LocalDate.now(Zones.SHANGHAI).plusDays(23);
        kafka.send(withRectifyBy(Fixtures.found(D, uscc, Severity.GENERAL), rectifyBy));
        String id = Fixtures.awaitHazardsOfUnit(uscc, 1).get(0);

        given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then().statusCode(200)
                .body("status", equalTo("LISTED"))
                .body("deadline", equalTo(rectifyBy.toString()));
        assertEquals(rectifyBy.toString(), registeredDeadline(id));
    }

    @Test
    void aFindingWithoutOneGetsTheDefaultFromItsRegistration() {
        String uscc = Fixtures.uscc();
        kafka.send(withRectifyBy(Fixtures.found(D, uscc, Severity.MAJOR), null));
        String id = Fixtures.awaitHazardsOfUnit(uscc, 1).get(0);

        String registeredOn = given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then()
                .statusCode(200).extract().path("registeredOn");
        String expected = LocalDate.parse(registeredOn).plusDays(15).toString();
        given().auth().oauth2(Tokens.city()).get("/api/v1/hazards/" + id).then()
                .body("deadline", equalTo(expected));
        assertEquals(expected, registeredDeadline(id));
    }

    /** The deadline of the HazardRegistered event published about the hazard. */
    private String registeredDeadline(String id) {
        var record = kafka.awaitRecord(EventType.HAZARD_REGISTERED.topic(),
                r -> KafkaEvents.is(r, EventType.HAZARD_REGISTERED, id));
        return Fixtures.json(record.value()).get("deadline").asText();
    }

    private static HazardFound withRectifyBy(HazardFound e, LocalDate rectifyBy) {
        return new HazardFound(e.district(), e.findingId(), e.inspectionId(), e.method(), e.foundAt(), e.unitId(),
                e.unitUscc(), e.unitName(), e.unitContactName(), e.unitContactPhone(), e.industry(), e.equipmentId(),
                e.equipmentCode(), e.equipmentCategory(), e.usageEnvironment(), e.checklistItemCode(),
                e.hazardStandard(), e.severity(), e.hazardType(), e.description(), e.inspectors(), rectifyBy);
    }
}
