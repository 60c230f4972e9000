package cn.gov.sed.hazard.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 五落实 the five-point rectification plan: who, measures, funds (CNY "20000.00"), time limit, contingency plan. */
public record Plan(String responsiblePerson, String measures, String funds, LocalDate deadline,
                   String contingencyPlan, OffsetDateTime plannedAt, String plannedBy) {
}
