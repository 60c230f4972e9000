package cn.gov.sed.notification.routing;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.HazardRemoved;
import cn.gov.sed.contracts.events.InspectionCompleted;
import cn.gov.sed.contracts.events.MilestoneDueTomorrow;
import cn.gov.sed.contracts.events.MilestoneOverdue;
import cn.gov.sed.contracts.events.RectificationDueTomorrow;
import cn.gov.sed.contracts.events.RectificationPlanned;
import cn.gov.sed.contracts.events.RectificationRejected;
import cn.gov.sed.contracts.events.RectificationSubmitted;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.events.TaskAssigned;
import cn.gov.sed.contracts.events.TaskCompleted;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is told about which event, and what they read (plain Java, no framework):
 * <ul>
 *   <li>HazardRegistered → the unit, the district bureau, the reporting department (when there is one);</li>
 *   <li>RectificationVerified (销号) → the unit and the district bureau;</li>
 *   <li>HazardRemoved (剔除) → the reporting department (with the reason) and the district bureau;</li>
 *   <li>RectificationPlanned / Submitted / Rejected → the unit and the district's inspectors;</li>
 *   <li>RectificationDueTomorrow (the day before the deadline) → the unit and the district bureau;</li>
 *   <li>HazardOverdue → the unit on the day (DAY_0), the district bureau after 3 days, the city after 7;</li>
 *   <li>InspectionCompleted → the district bureau;</li>
 *   <li>EnforcementActionTaken → the unit and the district bureau;</li>
 *   <li>TaskAssigned / MilestoneOverdue / TaskCompleted → the district bureau (the city for city-wide tasks);</li>
 *   <li>MilestoneDueTomorrow (the day before a time node) → that bureau and the task's lead department.</li>
 * </ul>
 * Other events notify nobody. A department is addressed with the district of the event, so a district-level
 * department of another district never reads it (API.md v1.1, departments).
 */
public final class RoutingRules {
    private RoutingRules() {
    }

    public static List<NotificationDraft> route(DomainEvent event) {
        String type = event.eventType().eventName();
        Message m = message(event);
        if (m == null) {
            return List.of();
        }
        List<NotificationDraft> drafts = new ArrayList<>();
        for (Recipient r : m.recipients) {
            drafts.add(new NotificationDraft(r, type, m.subject, m.title, m.body));
        }
        return drafts;
    }

    /** The text and the recipients of one event (recipients without an address are left out). */
    private static final class Message {
        final String subject;
        final String title;
        final String body;
        final Set<Recipient> recipients = new LinkedHashSet<>();

        Message(Object subject, String title, String body) {
            this.subject = subject == null ? null : subject.toString();
            this.title = title;
            this.body = body;
        }

        Message to(Recipient r) {
            if (r.recipient() != null && !r.recipient().isBlank()) {
                recipients.add(r);
            }
            return this;
        }
    }

    private static Message message(DomainEvent event) {
        if (event instanceof HazardRegistered e) {
            String severity = e.severity().label();
            return new Message(e.hazardId(), "新登记" + severity + "隐患",
                    unit(e.unitName(), e.unitUscc()) + "登记了一项" + severity + "隐患（" + e.status().label() + "）"
                            + (e.deadline() == null ? "" : "，整改期限 " + e.deadline()) + "。")
                    .to(Recipient.unit(e.unitUscc()))
                    .to(Recipient.districtAdmin(e.district()))
                    .to(Recipient.department(e.reportingDepartment(), e.district()));
        }
        if (event instanceof RectificationVerified e) {
            return new Message(e.hazardId(), "隐患已销号",
                    "单位 " + nullToDash(e.unitUscc()) + " 的隐患经复查合格，已销号"
                            + (e.inspector() == null ? "" : "（复查人：" + e.inspector() + "）") + "。")
                    .to(Recipient.unit(e.unitUscc()))
                    .to(Recipient.districtAdmin(e.district()));
        }
        if (event instanceof HazardRemoved e) {
            return new Message(e.hazardId(), "上报事项已剔除",
                    "贵部门上报的事项经甄别不属于特种设备隐患，已剔除。理由：" + e.reason())
                    .to(Recipient.department(e.reportingDepartment(), e.district()))
                    .to(Recipient.districtAdmin(e.district()));
        }
        if (event instanceof RectificationPlanned e) {
            return new Message(e.hazardId(), "整改计划已制定",
                    "隐患整改“五落实”计划已制定，责任人 " + nullToDash(e.responsiblePerson()) + "，整改期限 "
                            + e.deadline() + "。")
                    .to(Recipient.unit(e.unitUscc()))
                    .to(Recipient.inspector(e.district()));
        }
        if (event instanceof RectificationSubmitted e) {
            return new Message(e.hazardId(), "整改情况已报送，待复查",
                    "单位 " + nullToDash(e.unitUscc()) + " 已报送隐患整改情况，请安排跟踪复查。")
                    .to(Recipient.unit(e.unitUscc()))
                    .to(Recipient.inspector(e.district()));
        }
        if (event instanceof RectificationRejected e) {
            return new Message(e.hazardId(), "复查未通过，需继续整改",
                    "第 " + e.round() + " 次复查未通过" + (e.comment() == null ? "" : "：" + e.comment()) + "。")
                    .to(Recipient.unit(e.unitUscc()))
                    .to(Recipient.inspector(e.district()));
        }
        if (event instanceof HazardOverdue e) {
            Message m = new Message(e.hazardId(), "隐患整改" + e.level().label(),
                    (e.severity() == null ? "" : e.severity().label()) + "隐患整改期限 " + e.deadline()
                            + " 已到，尚未整改完成（" + e.level().label() + "）。");
            // the escalation ladder: the unit on the day, the district bureau after 3 days, the city after 7
            return switch (e.level()) {
                case DAY_0 -> m.to(Recipient.unit(e.unitUscc()));
                case DAY_3 -> m.to(Recipient.districtAdmin(e.district()));
                case DAY_7 -> m.to(Recipient.city());
            };
        }
        if (event instanceof RectificationDueTomorrow e) {
            return new Message(e.hazardId(), "整改期限将于明日届满",
                    unit(e.unitName(), e.unitUscc()) + "的" + (e.severity() == null ? "" : e.severity().label())
                            + "隐患整改期限 " + e.deadline() + " 将于明日届满，请按期完成整改并报送整改情况。")
                    .to(Recipient.unit(e.unitUscc()))
                    .to(Recipient.districtAdmin(e.district()));
        }
        if (event instanceof InspectionCompleted e) {
            return new Message(e.inspectionId(), "检查已完成",
                    e.method().label() + "已完成，发现问题 " + e.findingCount() + " 项（单位 " + nullToDash(e.unitUscc())
                            + "）。")
                    .to(Recipient.districtAdmin(e.district()));
        }
        if (event instanceof EnforcementActionTaken e) {
            return new Message(e.unitId(), "执法措施：" + e.type().label(),
                    unit(e.unitName(), e.unitUscc()) + "被采取" + e.type().label() + "措施"
                            + (e.reason() == null ? "" : "，事由：" + e.reason())
                            + (e.decisionNumber() == null ? "" : "（决定书 " + e.decisionNumber() + "）") + "。")
                    .to(Recipient.unit(e.unitUscc()))
                    .to(Recipient.districtAdmin(e.district()));
        }
        if (event instanceof TaskAssigned e) {
            return new Message(e.taskId(), "新任务：" + e.title(),
                    "任务“" + e.title() + "”已下达，责任人 " + nullToDash(e.responsiblePerson())
                            + (e.dueDate() == null ? "" : "，期限 " + e.dueDate()) + "。")
                    .to(Recipient.bureauOf(e.district()));
        }
        if (event instanceof MilestoneOverdue e) {
            return new Message(e.taskId(), "时间节点逾期：" + nullToDash(e.title()),
                    "时间节点“" + nullToDash(e.title()) + "”应于 " + e.dueDate() + " 完成，已逾期（责任人 "
                            + nullToDash(e.responsiblePerson()) + "）。")
                    .to(Recipient.bureauOf(e.district()));
        }
        if (event instanceof MilestoneDueTomorrow e) {
            return new Message(e.taskId(), "时间节点明日到期：" + nullToDash(e.title()),
                    "任务“" + nullToDash(e.taskTitle()) + "”的时间节点“" + nullToDash(e.title()) + "”应于明日（"
                            + e.dueDate() + "）完成（责任人 " + nullToDash(e.responsiblePerson()) + "），请抓紧推进。")
                    .to(Recipient.bureauOf(e.district()))
                    .to(Recipient.department(e.leadDepartment(), e.district()));
        }
        if (event instanceof TaskCompleted e) {
            return new Message(e.taskId(), "任务已完成：" + nullToDash(e.title()),
                    "任务“" + nullToDash(e.title()) + "”已完成。")
                    .to(Recipient.bureauOf(e.district()));
        }
        return null;
    }

    private static String unit(String name, String uscc) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return "单位 " + nullToDash(uscc) + " ";
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
