package cn.gov.sed.contracts.reference;

/** One code of a flat reference list (district, industry, department). */
public record ReferenceEntry(String code, String nameZh, String nameEn) {
}
