package cn.gov.sed.hazard;

import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class HazardServiceHealthTest {

    @Test
    void readinessListsTheDatabaseAndKafka() {
        cn.gov.sed.testing.Readiness.awaitUpWithDatabaseAndBroker();
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationWithItsSecurity() {
        var openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String[] op : new String[][]{{"/api/v1/hazards", "get"}, {"/api/v1/hazards", "post"},
                {"/api/v1/hazards/import", "post"}, {"/api/v1/hazards/{id}", "get"},
                {"/api/v1/hazards/{id}/classification", "post"}, {"/api/v1/hazards/{id}/rectification-plan", "put"},
                {"/api/v1/hazards/{id}/rectification-report", "post"}, {"/api/v1/hazards/{id}/verification", "post"},
                {"/api/v1/hazards/{id}/attachments", "post"}, {"/api/v1/hazards/{id}/attachments/{attachmentId}", "get"},
                {"/api/v1/hazard-list", "get"}, {"/api/v1/measures", "post"}, {"/api/v1/measures", "get"},
                {"/api/v1/measures/{id}", "put"}, {"/api/v1/measures-list", "get"}, {"/api/v1/hazard-statistics", "get"},
                {"/api/v1/hazard-statistics/common-issues", "get"}}) {
            String at = "paths.'" + op[0] + "'." + op[1];
            openapi.body(at + ".summary", org.hamcrest.Matchers.notNullValue())
                    .body(at + ".security.bearer", org.hamcrest.Matchers.notNullValue())
                    .body(at + ".responses", org.hamcrest.Matchers.notNullValue());
        }
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
