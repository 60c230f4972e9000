package cn.gov.sed.inspection.checklist;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.platform.query.QueryParams;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** 检查内容与隐患标准: one item of the checklist catalogue, for the categories it names ('*' = all). */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem extends PanacheEntityBase {
    public static final String ALL_CATEGORIES = "*";

    @Id
    public String code;

    /** Category codes separated by ';', or '*'. */
    public String categories;

    /** 检查内容. */
    public String content;

    /** 隐患标准. */
    @Column(name = "hazard_standard")
    public String hazardStandard;

    @Column(name = "default_severity")
    @Enumerated(EnumType.STRING)
    public Severity defaultSeverity;

    @Column(name = "hazard_type")
    @Enumerated(EnumType.STRING)
    public HazardType hazardType;

    /** 依据, e.g. TSG 08-2017, GB 45067-2024. */
    public String basis;

    /** Retired items are kept for history but not used in new findings. */
    public boolean retired;

    @Version
    public long version;

    /**
     * A city-added item (the standard ones come from ReferenceData, see {@link StandardChecklist}), from a checked
     * request: categories stripped and without repeats, blank basis as null.
     */
    public static ChecklistItem add(ChecklistItemRequest request) {
        ChecklistItem item = new ChecklistItem();
        item.code = request.code();
        item.categories = joined(request.categories());
        item.content = request.content().strip();
        item.hazardStandard = request.hazardStandard().strip();
        item.defaultSeverity = request.defaultSeverity();
        item.hazardType = request.hazardType();
        item.basis = QueryParams.blankToNull(request.basis());
        return item;
    }

    /** 停用: no new finding may use it; findings already recorded keep their snapshot. Retiring twice changes nothing. */
    public void retire() {
        retired = true;
    }

    /** Whether it says what the standard item says (retired or not). */
    public boolean sameAs(ChecklistEntry standard) {
        return code.equals(standard.code()) && categories.equals(joined(standard.categories()))
                && content.equals(standard.contentZh()) && hazardStandard.equals(standard.hazardStandardZh())
                && defaultSeverity == standard.defaultSeverity() && hazardType == standard.hazardType()
                && Objects.equals(basis, QueryParams.blankToNull(standard.basis()));
    }

    /** Category codes as stored: stripped, without repeats, separated by ';'. */
    static String joined(List<String> categories) {
        return String.join(";", categories.stream().map(String::strip).distinct().toList());
    }

    public List<String> categoryList() {
        return Arrays.stream(categories.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Whether the item applies to a category, given the category and its ancestors (the item may name the
     * category itself, any ancestor of it, or '*').
     */
    public boolean appliesTo(Collection<String> categoryAndAncestors) {
        return categoryList().stream().anyMatch(c -> c.equals(ALL_CATEGORIES) || categoryAndAncestors.contains(c));
    }
}
