package cn.gov.sed.hazard.hazard;

import cn.gov.sed.platform.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading a spreadsheet of reports (plain JUnit, no Quarkus). */
class ReportSheetTest {

    @Test
    void chineseOrApiHeadersNameTheColumns() {
        ReportSheet sheet = ReportSheet.ofHeader(List.of("所属区", "unitUscc", "other", "发现时间"));
        ReportSheet.Row row = sheet.read(2, List.of("120101", "91120101MA05K3XQ1F", "x", "2026-11-28"));
        assertEquals("120101", row.request().district());
        assertEquals("91120101MA05K3XQ1F", row.request().unitUscc());
        assertEquals(OffsetDateTime.parse("2026-11-28T00:00+08:00"), row.request().foundAt());
        assertNull(row.request().unitName());
        assertEquals(List.of(), row.errors());
    }

    @Test
    void aHeaderWithoutDistrictOrCreditCodeIsRefused() {
        assertThrows(ValidationException.class, () -> ReportSheet.ofHeader(List.of("district", "unitName")));
    }

    @Test
    void anUnreadableFoundAtIsAnError() {
        ReportSheet.Row row = ReportSheet.ofHeader(List.of("district", "unitUscc", "foundAt"))
                .read(3, List.of("120101", "x", "yesterday"));
        assertEquals("foundAt", row.errors().get(0).field());
        assertNull(row.request().foundAt());
    }
}
