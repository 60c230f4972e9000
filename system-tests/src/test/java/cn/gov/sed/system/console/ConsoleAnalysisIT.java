package cn.gov.sed.system.console;

import cn.gov.sed.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 统计分析 in a real browser against the packaged suite: every chart is drawn by ECharts (data-rendered) with no
 * console error; the city's district chart holds the districts with hazards, the 和平区 district-admin's only 和平区,
 * even through a hand-made link naming another district.
 */
class ConsoleAnalysisIT {
    private static final List<String> CHARTS = List.of("equipmentCategory", "industry", "usageEnvironment",
            "hazardType", "district", "trend", "common-issues");

    private static ConsoleBrowser browser;
    private static ConsolePages page;

    @BeforeAll
    static void seed() {
        browser = ConsoleBrowser.open(); // skips the class, saying what to install, when Chromium is missing
        page = new ConsolePages(browser);
        ConsoleScenario.hazardsIn("120101", "和平区统计测试商厦");
        ConsoleScenario.hazardsIn("120102", "河东区统计测试商厦");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCitySeesEveryChartDrawn() {
        browser.signIn(ConsoleBrowser.CITY);
        page.go("#/analysis");
        CHARTS.forEach(chart -> page.awaitAttribute("chart-" + chart, "data-rendered", "true"));
        List<String> districts = page.jsonList("chart-district", "data-keys");
        assertTrue(districts.containsAll(List.of("120101", "120102")), districts.toString());
        // the common issues: the API's top 10, in its order
        List<String> issues = ConsoleScenario.at("hazard-service", page.token()).queryParam("top", 10)
                .get("/api/v1/hazard-statistics/common-issues").then().statusCode(200).extract().jsonPath()
                .getList("checklistItemCode");
        assertEquals(issues, page.jsonList("chart-common-issues", "data-keys"));
        assertEquals(12, page.jsonList("chart-trend", "data-keys").size());
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("analysis");
    }

    @Test
    void theDistrictAdminOfHepingSeesOnlyHeping() {
        browser.signIn(ConsoleBrowser.DISTRICT_ADMIN_HEPING);
        for (String hash : List.of("#/analysis", "#/analysis?district=120102")) {
            page.go(hash);
            CHARTS.forEach(chart -> page.awaitAttribute("chart-" + chart, "data-rendered", "true"));
            assertEquals(List.of("120101"), page.jsonList("chart-district", "data-keys"), hash);
        }
        // the same numbers as the API gives the district's own token
        List<String> byApi = ConsoleScenario.at("hazard-service", Tokens.districtAdmin("120101"))
                .queryParam("groupBy", "district").get("/api/v1/hazard-statistics").then().statusCode(200)
                .extract().jsonPath().getList("key");
        assertEquals(List.of("120101"), byApi);
        assertEquals(List.of(), browser.consoleErrors());
    }
}
