package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The standard checklist items in the table are those of ReferenceData, the one source (the city's own stay). */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StandardChecklistTest {
    @Inject
    StandardChecklist standard;

    @Test
    void everyStandardItemIsServedAsTheReferenceDataSaysIt() {
        assertTrue(ReferenceData.get().checklist().size() >= 32);
        for (ChecklistEntry e : ReferenceData.get().checklist().all()) {
            JsonPath item = given().get("/api/v1/checklist-items/" + e.code()).then().statusCode(200).extract()
                    .jsonPath();
            assertEquals(e.categories(), item.getList("categories"), e.code());
            assertEquals(e.contentZh(), item.getString("content"), e.code());
            assertEquals(e.hazardStandardZh(), item.getString("hazardStandard"), e.code());
            assertEquals(e.defaultSeverity().name(), item.getString("defaultSeverity"), e.code());
            assertEquals(e.hazardType().name(), item.getString("hazardType"), e.code());
            assertEquals(e.basis(), item.getString("basis"), e.code());
        }
        // the V1 migration's copy is what was inserted: at start nothing was missing, and nothing differs
        assertEquals(0, standard.insertMissing());
        QuarkusTransaction.requiringNew().run(() -> ReferenceData.get().checklist().all().forEach(e ->
                assertTrue(ChecklistItem.<ChecklistItem>findById(e.code()).sameAs(e), e.code())));
    }

    @Test
    void aMissingStandardItemIsAddedAgainAndNothingElseChanges() {
        // R01 索道紧急停车开关: no other test records findings with it
        QuarkusTransaction.requiringNew().run(() -> ChecklistItem.deleteById("R01"));
        given().get("/api/v1/checklist-items/R01").then().statusCode(404);

        assertEquals(1, standard.insertMissing());
        assertEquals(0, standard.insertMissing(), "a second run (another replica) inserts nothing");
        given().get("/api/v1/checklist-items/R01").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> assertTrue(ChecklistItem.<ChecklistItem>findById("R01")
                .sameAs(ReferenceData.get().checklist().get("R01"))));
    }
}
