package cn.gov.sed.inspection;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ReferenceDataResourceTest {

    @Test
    void districtsAreOpenAndComplete() {
        given().when().get("/api/v1/districts")
                .then().statusCode(200)
                .body("$", hasSize(16))
                .body("find { it.code == '120116' }.nameZh", equalTo("滨海新区"));
    }

    @Test
    void equipmentCategoriesCarryTheirParent() {
        given().when().get("/api/v1/equipment-categories")
                .then().statusCode(200)
                .body("$", hasSize(157))
                .body("find { it.code == '7310' }.parent", equalTo("F000"))
                .body("find { it.code == '3000' }.parent", equalTo(null));
    }

    @Test
    void industriesAndDepartments() {
        given().get("/api/v1/industries").then().statusCode(200).body("code", hasItem("RESIDENTIAL_PROPERTY"));
        given().get("/api/v1/departments").then().statusCode(200).body("code", hasItem("HOUSING"));
    }

    @Test
    void readinessListsTheDatabaseAndKafka() {
        cn.gov.sed.testing.Readiness.awaitUpWithDatabaseAndBroker();
    }
}
