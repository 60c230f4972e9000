package cn.gov.sed.hazard.rectification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 整改报告 the unit's report that the rectification is done, with evidence (attachment ids of the hazard). */
public record RectificationReport(String description, OffsetDateTime completedAt, List<UUID> evidence,
                                  OffsetDateTime submittedAt, String submittedBy) {
}
