package cn.gov.sed.console;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

/**
 * The assets the lists, hazard and analysis screens load are served: their ES modules and stylesheets, and
 * ECharts from the org.mvnpm:echarts jar at the path analysis.js imports (a self-contained ES module).
 */
@QuarkusTest
class ConsoleScreensTest {

    @Test
    void theScreensModulesAndStylesheetsAreServed() {
        for (String module : new String[] {"lists", "hazard", "analysis", "common"}) {
            given().get("/js/screens/" + module + ".js").then().statusCode(200)
                    .contentType(containsString("javascript")).body(containsString("export"));
        }
        for (String css : new String[] {"lists", "analysis"}) {
            given().get("/css/" + css + ".css").then().statusCode(200).contentType(containsString("text/css"));
        }
    }

    @Test
    void echartsIsServedAsOneSelfContainedModule() {
        given().get("/_static/echarts/6.0.0/dist/echarts.esm.min.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Content-Length", s -> Integer.parseInt(s), greaterThan(500_000))
                // no bare import the browser could not resolve without an import map
                .body(not(containsString("from\"zrender")), not(containsString("from 'zrender")));
    }
}
