package cn.gov.sed.task.task;

import cn.gov.sed.platform.query.Where;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
 * Both lights are one rule with two cut-offs: a task is <em>late by</em> a day when it is not done and its due date
 * or an open milestone's date falls before that day. RED is late by today, AMBER late by the day after the amber
 * window. That rule is written here once in Java ({@link #lateBy}) and once as a query condition
 * ({@link #lateBy(Where, boolean, LocalDate, Form)}), side by side, and {@code RagRulesQueryTest} runs the query on a
 * real PostgreSQL for the same cases, so lists page and count exactly the tasks the light shows.
 */
public final class RagRules {
    public static final int AMBER_DAYS = 3;

    /** A date the task must meet; {@code done} when that part is finished. */
    public record Deadline(LocalDate dueDate, boolean done) {
    }

    private RagRules() {
    }

    public static RagStatus rag(TaskStatus status, LocalDate dueDate, List<Deadline> milestones, LocalDate today) {
        if (lateBy(status, dueDate, milestones, redCutoff(today))) {
            return RagStatus.RED;
        }
        if (lateBy(status, dueDate, milestones, amberCutoff(today))) {
            return RagStatus.AMBER;
        }
        return RagStatus.GREEN;
    }

    /**
     * A time node missed this week (the battle map's "时间节点本周逾期"): still open, its date passed (before today, as
     * for RED) and within the current week, Monday first, in Asia/Shanghai like {@code today}.
     */
    public static boolean missedThisWeek(Deadline milestone, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return !milestone.done() && milestone.dueDate() != null && !milestone.dueDate().isBefore(monday)
                && milestone.dueDate().isBefore(today);
    }

    /** RED from the day after a date: on the day itself it is still fine. */
    static LocalDate redCutoff(LocalDate today) {
        return today;
    }

    /** AMBER for a date within the next {@value #AMBER_DAYS} days (today included). */
    static LocalDate amberCutoff(LocalDate today) {
        return today.plusDays(AMBER_DAYS + 1L);
    }

    /** Not done, and the due date or an open milestone's date before {@code cutoff}. */
    static boolean lateBy(TaskStatus status, LocalDate dueDate, List<Deadline> milestones, LocalDate cutoff) {
        return status != TaskStatus.DONE
                && (before(dueDate, cutoff) || milestones.stream().anyMatch(m -> !m.done() && before(m.dueDate(), cutoff)));
    }

    private static boolean before(LocalDate date, LocalDate cutoff) {
        return date != null && date.isBefore(cutoff);
    }

    /**
     * RED as a condition on {@code Task} (HQL), for the {@code overdue} filter of the lists. {@code red} false gives
     * the other tasks (GREEN and AMBER).
     */
    public static Where red(Where where, boolean red, LocalDate today) {
        return lateBy(where, red, redCutoff(today), Form.HQL);
    }

    /** Where the milestones are read: the entity for HQL (the lists), the table for SQL (RagRulesQueryTest). */
    enum Form {
        HQL("Milestone m", "m.task.id", "m.completedAt", "m.dueDate"),
        SQL("task_milestone m", "m.task_id", "m.completed_at", "m.due_date");

        final String milestones;
        final String taskId;
        final String completedAt;
        final String dueDate;

        Form(String milestones, String taskId, String completedAt, String dueDate) {
            this.milestones = milestones;
            this.taskId = taskId;
            this.completedAt = completedAt;
            this.dueDate = dueDate;
        }
    }

    /**
     * {@link #lateBy(TaskStatus, LocalDate, List, LocalDate)} as a condition ({@code late} false: its negation). A
     * missing due date is not late, said explicitly: in SQL {@code NULL < day} is unknown, and the negation of an
     * unknown would drop such a task from both lists.
     */
    static Where lateBy(Where where, boolean late, LocalDate cutoff, Form form) {
        String condition = "({status} <> ? AND (({dueDate} IS NOT NULL AND {dueDate} < ?)"
                + " OR {id} IN (SELECT " + form.taskId + " FROM " + form.milestones
                + " WHERE " + form.completedAt + " IS NULL AND " + form.dueDate + " < ?)))";
        return where.raw((late ? "" : "NOT ") + condition, TaskStatus.DONE, cutoff, cutoff);
    }
}
