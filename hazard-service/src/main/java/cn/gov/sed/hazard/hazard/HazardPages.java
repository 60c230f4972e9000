package cn.gov.sed.hazard.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The two pages {@code GET /api/v1/hazards} answers, named for the OpenAPI document: full hazards by default,
 * summaries with {@code view=summary}. The server writes a {@code PageResponse} of either, the same four members.
 */
final class HazardPages {
    private HazardPages() {
    }

    @Schema(name = "HazardPage", description = "one page of Hazard: items, the page asked for (from 0), its size and the total")
    record Full(List<HazardView> items, int page, int size, long total) {
    }

    @Schema(name = "HazardSummaryPage", description = "one page of HazardSummary (view=summary): items, the page asked for "
            + "(from 0), its size and the total")
    record Summary(List<HazardSummary> items, int page, int size, long total) {
    }
}
