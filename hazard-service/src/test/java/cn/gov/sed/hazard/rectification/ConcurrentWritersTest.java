package cn.gov.sed.hazard.rectification;

import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.hazard.Fixtures;
import cn.gov.sed.testing.KafkaTestResource;
import cn.gov.sed.testing.PostgresTestResource;
import cn.gov.sed.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many writers on one hazard at once: each revision either wins or gets a clear 409; none is lost or doubled. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ConcurrentWritersTest {
    private static final String DISTRICT = "120105";

    @Test
    void concurrentPlanRevisionsEachWinOrConflictAndNoneIsLost() throws Exception {
        String inspector = Tokens.inspector(DISTRICT);
        String id = Fixtures.listed(DISTRICT, Fixtures.uscc(), Severity.GENERAL);
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Fixtures.plan(10))
                .put("/api/v1/hazards/" + id + "/rectification-plan").then().statusCode(200);
        int before = given().auth().oauth2(inspector).get("/api/v1/hazards/" + id).then().statusCode(200)
                .extract().path("version");

        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Map<String, Object> plan = new HashMap<>(Fixtures.plan(10 + i));
            plan.put("responsiblePerson", "负责人" + i);
            results.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(inspector).contentType(ContentType.JSON).body(plan)
                        .put("/api/v1/hazards/" + id + "/rectification-plan").then().extract().statusCode();
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Integer> result : results) {
            int status = result.get();
            assertTrue(status == 200 || status == 409, "a writer got " + status);
            won += status == 200 ? 1 : 0;
        }
        pool.shutdown();

        assertTrue(won >= 1, "at least one revision wins");
        int after = given().auth().oauth2(inspector).get("/api/v1/hazards/" + id).then().statusCode(200)
                .extract().path("version");
        assertEquals(before + won, after, "each winning revision is applied exactly once");
    }
}
