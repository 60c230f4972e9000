package cn.gov.sed.hazard.lists;

import cn.gov.sed.hazard.lists.Export.Format;
import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The export's content negotiation (RFC 9110, 12.5.1), as generated clients, browsers and scripts send Accept. */
class ExportFormatTest {
    private static final String XLSX = Export.XLSX;

    @Test
    void noPreferenceOrAnyTypeIsJson() {
        assertEquals(Format.JSON, Export.format(null));
        assertEquals(Format.JSON, Export.format(" "));
        assertEquals(Format.JSON, Export.format("*/*"));
        assertEquals(Format.JSON, Export.format("application/json"));
        assertEquals(Format.JSON, Export.format("application/*"));
    }

    @Test
    void oneFormatAskedForIsThatFormat() {
        assertEquals(Format.CSV, Export.format("text/csv"));
        assertEquals(Format.CSV, Export.format("TEXT/CSV; charset=utf-8"));
        assertEquals(Format.CSV, Export.format("text/*"));
        assertEquals(Format.XLSX, Export.format(XLSX));
    }

    @Test
    void theWeightsDecideNotTheOrder() {
        assertEquals(Format.JSON, Export.format("text/csv;q=0.1, application/json;q=0.9"));
        assertEquals(Format.XLSX, Export.format("application/json;q=0.5, text/csv;q=0.4, " + XLSX));
        // a browser's header: the wildcard at 0.8 gives JSON, which the client likes no less than anything else here
        assertEquals(Format.JSON, Export.format("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }

    @Test
    void equalWeightsGoToTheRangeListedFirst() {
        assertEquals(Format.CSV, Export.format("text/csv, application/json"));
        assertEquals(Format.JSON, Export.format("application/json, text/csv"));
        assertEquals(Format.JSON, Export.format("*/*, text/csv"));
    }

    @Test
    void aMoreSpecificRangeOverridesTheWildcardForItsType() {
        // JSON is refused by name; of the two the wildcard still allows, CSV comes first
        assertEquals(Format.CSV, Export.format("application/json;q=0, */*"));
        assertEquals(Format.XLSX, Export.format("*/*;q=0.1, " + XLSX + ";q=0.2"));
        assertEquals(Format.CSV, Export.format("text/*;q=0.3, text/csv;q=0.9, application/json;q=0.5"));
        assertEquals(Format.JSON, Export.format("text/*;q=0.9, text/csv;q=0.1, application/json;q=0.5"));
    }

    @Test
    void nothingAcceptableIsA406Problem() {
        for (String accept : new String[] {"text/html", "application/xml", "text/csv;q=0", "*/*;q=0", "image/*",
                "application/json;q=0.000, text/csv;q=0"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Export.format(accept), accept);
            assertEquals(406, e.problem().getStatus(), accept);
        }
    }

    @Test
    void aWeightThatIsNotAQvalueCountsAsAbsent() {
        assertEquals(Format.JSON, Export.format("*/*;q=abc"));
        assertEquals(Format.CSV, Export.format("text/csv;q=NaN, application/json;q=0.5"));
        assertEquals(Format.CSV, Export.format("text/csv;q=1.5, application/json;q=0.999"));
        assertEquals(Format.CSV, Export.format("text/csv;q=-1, application/json;q=0.5"));
        assertEquals(Format.CSV, Export.format("text/csv;q=, application/json"));
    }

    @Test
    void aHeaderOfManyRangesIsReadInOnePass() {
        String many = "text/html;q=0.5, ".repeat(5_000) + "text/csv;q=0.6";
        assertEquals(Format.CSV, Export.format(many));
    }
}
