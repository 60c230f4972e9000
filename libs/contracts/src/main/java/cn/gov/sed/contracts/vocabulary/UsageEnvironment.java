package cn.gov.sed.contracts.vocabulary;

/** Where a piece of equipment is used (使用场所). */
public enum UsageEnvironment implements Labelled {
    SCHOOL("学校"),
    HOSPITAL("医院"),
    ELDERLY_CARE("养老机构"),
    MALL("商场"),
    RESIDENTIAL("住宅小区"),
    HOTEL("宾馆酒店"),
    TRANSPORT_HUB("交通枢纽"),
    TOURIST_SITE("旅游景区"),
    FACTORY("工厂企业"),
    CONSTRUCTION_SITE("建筑工地"),
    PORT("港口码头"),
    OTHER("其他");

    private final String label;

    UsageEnvironment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
