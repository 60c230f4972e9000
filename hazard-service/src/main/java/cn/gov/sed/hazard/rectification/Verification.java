package cn.gov.sed.hazard.rectification;

import java.time.OffsetDateTime;

/** 跟踪复查 one re-inspection; {@code round} counts the re-inspections of the hazard (1, 2, ...). */
public record Verification(int round, VerificationResult result, String inspector, String comment,
                           OffsetDateTime verifiedAt, String recordedBy) {
}
