package cn.gov.sed.task.task;

import cn.gov.sed.platform.query.Where;

import java.time.LocalDate;
import java.util.List;

/**
 * The traffic light of a task, from its due date and its milestones (时间节点):
 * <ul>
 *   <li>RED: not done, and the due date or an open milestone's date has passed;</li>
 *   <li>AMBER: not done, and the due date or an open milestone falls within the next {@value #AMBER_DAYS} days;</li>
 *   <li>GREEN: otherwise (a done task is always green).</li>
 * </ul>
 * "Passed" means before today in Asia/Shanghai: a date is still fine on the day itself.
 * <p>
 * RED is also written as a query condition ({@link #red(Where, boolean, LocalDate)}), so lists page and count the
 * tasks the light shows; the two are kept side by side here.
 */
public final class RagRules {
    public static final int AMBER_DAYS = 3;

    /** A date the task must meet; {@code done} when that part is finished. */
    public record Deadline(LocalDate dueDate, boolean done) {
    }

    private RagRules() {
    }

    public static RagStatus rag(TaskStatus status, LocalDate dueDate, List<Deadline> milestones, LocalDate today) {
        if (status == TaskStatus.DONE) {
            return RagStatus.GREEN;
        }
        RagStatus worst = RagStatus.GREEN;
        worst = worse(worst, light(dueDate, today));
        for (Deadline m : milestones) {
            if (!m.done()) {
                worst = worse(worst, light(m.dueDate(), today));
            }
        }
        return worst;
    }

    /**
     * RED as a condition on {@code Task} (HQL): not done, and the due date or an open milestone's date before today.
     * {@code red} false gives the other tasks (GREEN and AMBER).
     */
    public static Where red(Where where, boolean red, LocalDate today) {
        String overdue = "({status} <> ? AND ({dueDate} < ? OR {id} IN (SELECT m.task.id FROM Milestone m"
                + " WHERE m.completedAt IS NULL AND m.dueDate < ?)))";
        return where.raw((red ? "" : "NOT ") + overdue, TaskStatus.DONE, today, today);
    }

    private static RagStatus light(LocalDate due, LocalDate today) {
        if (due == null) {
            return RagStatus.GREEN;
        }
        if (due.isBefore(today)) {
            return RagStatus.RED;
        }
        if (!due.isAfter(today.plusDays(AMBER_DAYS))) {
            return RagStatus.AMBER;
        }
        return RagStatus.GREEN;
    }

    private static RagStatus worse(RagStatus a, RagStatus b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
