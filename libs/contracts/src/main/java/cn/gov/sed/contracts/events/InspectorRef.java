package cn.gov.sed.contracts.events;

/** A law-enforcement officer of an inspection (执法人员) with the certificate number. */
public record InspectorRef(String name, String certificateNo) {
}
