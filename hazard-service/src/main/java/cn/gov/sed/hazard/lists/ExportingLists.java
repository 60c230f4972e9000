package cn.gov.sed.hazard.lists;

import cn.gov.sed.contracts.reference.ChecklistEntry;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.Labelled;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.hazard.hazard.EnforcementActionRecord;
import cn.gov.sed.hazard.hazard.Hazard;
import cn.gov.sed.hazard.hazard.HazardFilter;
import cn.gov.sed.hazard.hazard.HazardView;
import cn.gov.sed.hazard.rectification.Plan;
import cn.gov.sed.hazard.rectification.Verification;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Exporting the two lists (两个清单): what each reads (the caller's filter and scope, in a stable order) and how
 * a record becomes a row with Chinese headers. The filter and the scope are checked here, before any byte is
 * written, so a bad request gets its 4xx; the records are then streamed from a database cursor ({@link Export}).
 */
@ApplicationScoped
public class ExportingLists {
    static final List<String> HAZARD_HEADERS = List.of("所属区", "单位名称", "统一社会信用代码", "设备类别", "设备代码",
            "隐患描述", "隐患等级", "来源及检查方式", "整改责任人", "整改措施", "整改资金", "整改时限", "应急预案", "状态",
            "复查情况", "执法措施");
    static final List<String> MEASURE_HEADERS = List.of("标题", "类别", "内容", "针对检查项", "针对隐患类型", "针对设备类别",
            "牵头部门", "配合部门", "所属区", "完成时限", "状态", "文号");

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    /** 问题隐患清单: every listed hazard the caller may see (verified ones shown as closed), filtered as the hazard list. */
    public Response hazardList(HazardFilter filter, Export.Format format) {
        LocalDate today = Zones.today(clock);
        filter.listed = "true";
        Where where = filter.toWhere(caller, today);
        return Export.stream(format,
                () -> Hazard.<Hazard>find(where.hql(), Sort.ascending("district", "foundAt", "id"), where.hqlParams()),
                em, mapper, new Export.Layout<>("hazard-list", "问题隐患清单", HAZARD_HEADERS,
                        h -> HazardView.of(h, today), ExportingLists::hazardRow));
    }

    /** 制度措施清单: every measure the caller may see, never paged. */
    public Response measuresList(MeasureFilter filter, Export.Format format) {
        Where where = filter.toWhere(caller);
        return Export.stream(format,
                () -> Measure.<Measure>find(where.hql(), Sort.ascending("district", "createdAt", "id"), where.hqlParams()),
                em, mapper, new Export.Layout<>("measures-list", "制度措施清单", MEASURE_HEADERS, MeasureView::of,
                        m -> measureRow(MeasureView.of(m))));
    }

    /** A hazard as a row of the list, as people read it. */
    static List<String> hazardRow(Hazard h) {
        var reference = ReferenceData.get();
        Plan plan = h.currentPlan();
        List<String> row = new ArrayList<>(HAZARD_HEADERS.size());
        row.add(reference.districts().find(h.district).map(d -> d.nameZh()).orElse(h.district));
        row.add(h.unitName);
        row.add(h.unitUscc);
        row.add(reference.equipmentCatalogue().codes().find(h.equipmentCategory).map(c -> c.nameZh())
                .orElse(h.equipmentCategory));
        row.add(h.equipmentCode);
        row.add(h.description);
        row.add(label(h.severity));
        row.add(label(h.source) + (h.method == null ? "" : "（" + h.method.label() + "）"));
        row.add(plan == null ? "" : plan.responsiblePerson());
        row.add(plan == null ? "" : plan.measures());
        row.add(plan == null ? "" : plan.funds());
        row.add(h.deadline == null ? "" : h.deadline.toString());
        row.add(plan == null ? "" : plan.contingencyPlan());
        row.add(label(h.status));
        row.add(h.verificationList().stream().map(ExportingLists::verification).collect(Collectors.joining("；")));
        row.add(h.enforcementActionList().stream().map(ExportingLists::action).collect(Collectors.joining("；")));
        return row;
    }

    /** A measure as a row of the list, as people read it. */
    static List<String> measureRow(MeasureView m) {
        var reference = ReferenceData.get();
        List<String> row = new ArrayList<>(MEASURE_HEADERS.size());
        row.add(m.title());
        row.add(m.kind().label());
        row.add(m.description());
        row.add(m.addresses().checklistItems().stream()
                .map(c -> c + " " + reference.checklist().find(c).map(ChecklistEntry::contentZh).orElse(""))
                .collect(Collectors.joining("；")));
        row.add(m.addresses().hazardTypes().stream().map(HazardType::label).collect(Collectors.joining("；")));
        row.add(m.addresses().equipmentCategories().stream()
                .map(c -> reference.equipmentCatalogue().codes().find(c).map(e -> e.nameZh()).orElse(c))
                .collect(Collectors.joining("；")));
        row.add(department(m.leadDepartment()));
        row.add(m.cooperatingDepartments().stream().map(ExportingLists::department).collect(Collectors.joining("；")));
        row.add(m.district() == null ? "全市" : reference.districts().find(m.district()).map(d -> d.nameZh()).orElse(m.district()));
        row.add(m.dueDate() == null ? "" : m.dueDate().toString());
        row.add(m.status().label());
        row.add(m.documentNumber());
        return row;
    }

    private static String verification(Verification v) {
        return "第" + v.round() + "轮" + v.result().label() + "（" + v.verifiedAt().toLocalDate() + "，" + v.inspector() + "）"
                + (v.comment() == null || v.comment().isBlank() ? "" : "：" + v.comment());
    }

    private static String action(EnforcementActionRecord a) {
        return a.type().label() + (a.decisionNumber() == null ? "" : "（" + a.decisionNumber() + "）");
    }

    private static String department(String code) {
        return ReferenceData.get().departments().find(code).map(d -> d.nameZh()).orElse(code);
    }

    private static String label(Labelled value) {
        return value == null ? "" : value.label();
    }
}
