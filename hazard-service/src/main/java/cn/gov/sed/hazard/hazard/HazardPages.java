package cn.gov.sed.hazard.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The two pages {@code GET /api/v1/hazards} answers, named for the OpenAPI document: full hazards by default,
 * summaries with {@code view=summary}. The server writes a {@code PageResponse} of either, the same six members.
 */
final class HazardPages {
    private HazardPages() {
    }

    @Schema(name = "HazardPage", description = "one page of Hazard: items, the page asked for (from 0), its size, the "
            + "total (exact unless totalIsEstimate) and the cursor of the next page")
    record Full(List<HazardView> items, @Schema(description = PAGE) int page, int size,
                @Schema(description = TOTAL) long total,
                @Schema(description = ESTIMATE) boolean totalIsEstimate,
                @Schema(nullable = true, description = NEXT) String next) {
    }

    @Schema(name = "HazardSummaryPage", description = "one page of HazardSummary (view=summary): items, the page asked for "
            + "(from 0), its size, the total (exact unless totalIsEstimate) and the cursor of the next page")
    record Summary(List<HazardSummary> items, @Schema(description = PAGE) int page, int size,
                   @Schema(description = TOTAL) long total,
                   @Schema(description = ESTIMATE) boolean totalIsEstimate,
                   @Schema(nullable = true, description = NEXT) String next) {
    }

    static final String PAGE = "the page's number, from 0: as asked, or after a cursor the number of pages before it "
            + "in the walk";
    static final String TOTAL = "the hazards the caller may see with these filters (all pages): exact when "
            + "totalIsEstimate is false";
    static final String ESTIMATE = "false: total is exact (counted). true: more than 10,000 hazards match "
            + "(sed.paging.exact-total-limit), so total is PostgreSQL's planner estimate of how many (never below "
            + "10,001), not a count; the items, their order and the walk with next are exact all the same";
    static final String NEXT = "pass as ?after= for the page after this one, in the same order and with the same "
            + "filters (fast at any depth); null on the last page";
}
