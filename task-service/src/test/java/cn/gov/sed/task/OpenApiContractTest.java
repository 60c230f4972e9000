package cn.gov.sed.task;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.OpenApiContract;
import cn.gov.sed.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * The live OpenAPI document equals docs/openapi/task-service.yaml, and nothing a client relies on (a path,
 * an operation, a field, an enum value) disappeared. After an intended change: {@code -Dopenapi.write=true}.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OpenApiContractTest {

    @Test
    void liveSpecMatchesTheCommittedOneAndBreaksNothing() {
        String live = given().get("/q/openapi").then().statusCode(200).extract().asString();
        OpenApiContract.check("task-service", live);
    }
}
