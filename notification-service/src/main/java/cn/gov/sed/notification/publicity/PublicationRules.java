package cn.gov.sed.notification.publicity;

import cn.gov.sed.platform.state.StateAction;
import cn.gov.sed.platform.problem.ProblemException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The review path of a publication (the suite's one shape of a state machine: an enum of actions, each with the
 * statuses it starts from and the status it leads to). Plain Java, so the rules are tested without Quarkus.
 *
 * <pre>
 * DRAFT --submit--> PENDING_REVIEW --approve--> APPROVED --publish--> PUBLISHED
 * </pre>
 */
public final class PublicationRules {

    /** The actions that move a publication; the names are the last path segment of their endpoints. */
    public enum Action implements StateAction<PublicationStatus> {
        SUBMIT("submit", EnumSet.of(PublicationStatus.DRAFT), PublicationStatus.PENDING_REVIEW),
        APPROVE("approve", EnumSet.of(PublicationStatus.PENDING_REVIEW), PublicationStatus.APPROVED),
        PUBLISH("publish", EnumSet.of(PublicationStatus.APPROVED), PublicationStatus.PUBLISHED);

        private final String apiName;
        private final Set<PublicationStatus> from;
        private final PublicationStatus target;

        Action(String apiName, Set<PublicationStatus> from, PublicationStatus target) {
            this.apiName = apiName;
            this.from = from;
            this.target = target;
        }

        @Override
        public String apiName() {
            return apiName;
        }

        public PublicationStatus target() {
            return target;
        }

        @Override
        public Set<PublicationStatus> sources() {
            return from;
        }

        @Override
        public Set<PublicationStatus> targets() {
            return Set.of(target);
        }
    }

    private PublicationRules() {
    }

    /** The actions {@code current} allows, by their API names (each status allows one at most). */
    public static List<String> allowedActions(PublicationStatus current) {
        return StateAction.allowedActions(Action.class, current);
    }

    /**
     * The four-eyes rule of publicity (API.md v1.1): whoever approves a publication is not its author. Drafts the
     * system made from an exposure (author {@code system}) are approved by any reviewer.
     */
    public static boolean mayApprove(String author, String reviewer) {
        return author == null || !author.equals(reviewer);
    }

    /** 403 when {@code reviewer} wrote the publication. */
    public static void requireMayApprove(String author, String reviewer) {
        if (!mayApprove(author, reviewer)) {
            throw ProblemException.forbidden("the author of a publication does not approve it; another reviewer does");
        }
    }
}
