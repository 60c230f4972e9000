package cn.gov.sed.task.task;

import cn.gov.sed.platform.state.StateAction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The task's life (任务状态机): each action, the statuses it is allowed from and the status it leads to. Plain Java,
 * so the rules are tested without Quarkus; {@link Task} checks them in its methods.
 *
 * <pre>
 * NOT_STARTED --status IN_PROGRESS | complete-milestone--> IN_PROGRESS
 * IN_PROGRESS --status NOT_STARTED--> NOT_STARTED
 * NOT_STARTED | IN_PROGRESS --status DONE (every milestone done) | verification of a listed hazard--> DONE
 * DONE: no action (a done task's status changes no more)
 * </pre>
 */
public enum TaskRules implements StateAction<TaskStatus> {
    /** PATCH {status: IN_PROGRESS}. */
    START("status IN_PROGRESS", TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED),
    /** PATCH {status: NOT_STARTED}. */
    RESET("status NOT_STARTED", TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS),
    /** PATCH {status: DONE}, only when every milestone is done. */
    COMPLETE("status DONE", TaskStatus.DONE, TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS),
    /** POST …/milestones/{id}/complete: a task with a completed node is under way. */
    COMPLETE_MILESTONE("complete-milestone", TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS),
    /** The re-inspection of a listed hazard passed (销号): its listed supervision is done. */
    CLOSE_SUPERVISION("verification", TaskStatus.DONE, TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS);

    private final String apiName;
    private final TaskStatus target;
    private final Set<TaskStatus> sources;

    TaskRules(String apiName, TaskStatus target, TaskStatus first, TaskStatus... more) {
        this.apiName = apiName;
        this.target = target;
        this.sources = EnumSet.of(first, more);
    }

    @Override
    public String apiName() {
        return apiName;
    }

    public TaskStatus target() {
        return target;
    }

    @Override
    public Set<TaskStatus> sources() {
        return sources;
    }

    @Override
    public Set<TaskStatus> targets() {
        return Set.of(target);
    }

    /** The PATCH action that sets this status. */
    public static TaskRules settingStatus(TaskStatus status) {
        return switch (status) {
            case NOT_STARTED -> RESET;
            case IN_PROGRESS -> START;
            case DONE -> COMPLETE;
        };
    }

    /** The PATCH status changes a status allows (what a 409 names as allowedActions). */
    public static List<String> allowedStatusChanges(TaskStatus status) {
        return StateAction.allowedActions(TaskRules.class, status);
    }

    /** A 409 lists only the status changes a client makes with PATCH, not the milestone or supervision steps. */
    @Override
    public boolean listed() {
        return this == START || this == RESET || this == COMPLETE;
    }
}
