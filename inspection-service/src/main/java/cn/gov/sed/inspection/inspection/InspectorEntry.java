package cn.gov.sed.inspection.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 执法人员 of an inspection and the number of the law-enforcement certificate (执法证号). */
@Embeddable
public class InspectorEntry {
    public String name;

    @Column(name = "certificate_no")
    public String certificateNo;

    public InspectorEntry() {
    }

    public InspectorEntry(String name, String certificateNo) {
        this.name = name;
        this.certificateNo = certificateNo;
    }
}
