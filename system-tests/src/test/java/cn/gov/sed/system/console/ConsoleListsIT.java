package cn.gov.sed.system.console;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 两个清单 in a real browser against the packaged suite: the city's hazard list filtered to MAJOR shows the rows the
 * API answers (same ids, same order), the exports download real CSV and XLSX files, a hazard's page shows its plan,
 * history, report with its photo, re-inspection and enforcement; the district-admin of 和平区 sees nothing of
 * another district in either list, even through a hand-made link.
 */
class ConsoleListsIT {
    private static final String HEPING = "120101";
    private static final String HEDONG = "120102";

    private static ConsoleBrowser browser;
    private static ConsolePages page;
    private static ConsoleScenario.Seeded heping;
    private static ConsoleScenario.Seeded hedong;

    @BeforeAll
    static void seed() throws Exception {
        browser = ConsoleBrowser.open(); // skips the class, saying what to install, when Chromium is missing
        page = new ConsolePages(browser);
        heping = ConsoleScenario.hazardsIn(HEPING, "和平区系统测试商厦");
        hedong = ConsoleScenario.hazardsIn(HEDONG, "河东区系统测试商厦");
        ConsoleScenario.rectifyingWithHistory(heping);
        ConsoleScenario.cityMeasure();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCityFiltersToMajorExportsAndOpensAHazard() throws Exception {
        browser.signIn(ConsoleBrowser.CITY);
        page.go("#/lists/hazards");
        page.select("filter-severity", "MAJOR");
        page.clickAndAwait("filter-apply");
        assertTrue(page.url().contains("severity=MAJOR"), "the filter lives in the URL: " + page.url());

        // the same rows as the API answers the same caller, in the same order
        JsonPath api = ConsoleScenario.at("hazard-service", page.token()).queryParam("severity", "MAJOR")
                .queryParam("listed", "true").queryParam("view", "summary").queryParam("sort", "foundAt,desc")
                .queryParam("size", 20).get("/api/v1/hazards").then().statusCode(200).extract().jsonPath();
        List<String> expected = api.getList("items.id");
        assertFalse(expected.isEmpty());
        assertEquals(expected, rowIds("hazard-row"));
        assertTrue(expected.containsAll(List.of(heping.majorId(), hedong.majorId())), "both districts' major hazards");
        assertTrue(page.text("lists-total").contains("共 " + api.getInt("total") + " 条"), page.text("lists-total"));
        page.all("hazard-row").forEach(row ->
                assertEquals("重大", row.findElement(By.cssSelector("td[data-col=severity]")).getText()));
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("lists");

        // the exports of the API: a CSV with a BOM and Chinese headers, an XLSX (a zip)
        Path csv = page.download("export-hazards-csv", ".csv");
        byte[] csvBytes = Files.readAllBytes(csv);
        assertTrue(csvBytes.length > 3 && (csvBytes[0] & 0xff) == 0xEF && (csvBytes[1] & 0xff) == 0xBB, "UTF-8 BOM");
        String csvText = new String(csvBytes, StandardCharsets.UTF_8);
        assertTrue(csvText.contains("隐患等级"), "Chinese headers");
        // the unit has a general and a major hazard: filtered to MAJOR as the screen, its one row is the major one
        assertEquals(1, csvText.split("和平区系统测试商厦", -1).length - 1, "one row of the unit in the export");
        Path xlsx = page.download("export-hazards-xlsx", ".xlsx");
        byte[] zip = Files.readAllBytes(xlsx);
        assertTrue(zip.length > 4 && zip[0] == 'P' && zip[1] == 'K', "an XLSX is a zip: " + Arrays.toString(Arrays.copyOf(zip, 4)));

        // a hazard's page: history, five-point plan, report with its photo, re-inspection, enforcement
        page.all("hazard-row").stream().filter(r -> heping.majorId().equals(r.getAttribute("data-id")))
                .findFirst().ifPresentOrElse(page::clickAndAwait, () -> page.go("#/hazards/" + heping.majorId()));
        assertTrue(page.url().contains("#/hazards/" + heping.majorId()), page.url());
        assertEquals(5, page.all("plan-point").size());
        assertEquals(List.of("LISTED", "RECTIFYING", "PENDING_VERIFICATION", "RECTIFYING"),
                page.all("history-entry").stream().map(e -> e.getAttribute("data-to")).toList());
        assertEquals(1, page.all("hazard-report").size());
        page.awaitAttribute("evidence-thumb", "data-loaded", "true");
        assertEquals(1, page.all("hazard-verification").size());
        assertEquals(1, page.all("hazard-enforcement-action").size());
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("hazard");

        // the measures list answers the city's measures
        page.go("#/lists/measures");
        assertFalse(page.all("measure-row").isEmpty());
    }

    @Test
    void theDistrictAdminOfHepingSeesOnlyHeping() {
        browser.signIn(ConsoleBrowser.DISTRICT_ADMIN_HEPING);
        for (String hash : List.of("#/lists/hazards", "#/lists/hazards?district=" + HEDONG, "#/lists/hazards?severity=MAJOR")) {
            page.go(hash);
            List<WebElement> rows = page.all("hazard-row");
            assertFalse(rows.isEmpty(), hash);
            rows.forEach(row -> assertEquals("和平区", row.findElement(By.cssSelector("td[data-col=district]")).getText(), hash));
            List<String> ids = rowIds("hazard-row");
            assertFalse(ids.contains(hedong.majorId()) || ids.contains(hedong.generalId()), hash);
        }
        assertTrue(rowIds("hazard-row").contains(heping.majorId()));
        // the measures list: the city-wide ones and 和平区's, never another district's
        page.go("#/lists/measures");
        page.all("measure-row").forEach(row -> assertTrue(
                List.of("全市", "和平区").contains(row.findElement(By.cssSelector("td[data-col=district]")).getText())));
        // another district's hazard page is "not found"
        page.go("#/hazards/" + hedong.majorId());
        assertTrue(page.text("hazard-error").contains("404"), page.text("hazard-error"));
        assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("404")).toList());
    }

    private static List<String> rowIds(String testid) {
        return page.all(testid).stream().map(r -> r.getAttribute("data-id")).toList();
    }
}
