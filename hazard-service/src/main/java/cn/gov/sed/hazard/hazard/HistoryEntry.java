package cn.gov.sed.hazard.hazard;

import cn.gov.sed.contracts.vocabulary.HazardStatus;

import java.time.OffsetDateTime;

/** One transition of a hazard: when, who (the token's sub, or the producing service), from, to, why. */
public record HistoryEntry(OffsetDateTime at, String actor, HazardStatus from, HazardStatus to, String comment) {
}
