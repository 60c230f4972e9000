package cn.gov.sed.platform.problem;

/** One broken rule of a request: the field (dotted path, as sent) and what is wrong with it. */
public record Violation(String field, String message) {
}
