package cn.gov.sed.contracts.vocabulary;

/** An enum value with the Chinese label shown to people (lists, exports, the web page). */
public interface Labelled {
    String label();
}
