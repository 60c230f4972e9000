package cn.gov.sed.notification.publicity;

import java.util.List;
import java.util.Map;

/** The review path of a publication: DRAFT →submit→ PENDING_REVIEW →approve→ APPROVED →publish→ PUBLISHED. */
public final class PublicationRules {
    private static final Map<PublicationStatus, Map<String, PublicationStatus>> MOVES = Map.of(
            PublicationStatus.DRAFT, Map.of("submit", PublicationStatus.PENDING_REVIEW),
            PublicationStatus.PENDING_REVIEW, Map.of("approve", PublicationStatus.APPROVED),
            PublicationStatus.APPROVED, Map.of("publish", PublicationStatus.PUBLISHED),
            PublicationStatus.PUBLISHED, Map.of());

    private PublicationRules() {
    }

    /** The status after {@code action}, or null when the action is not allowed from {@code current}. */
    public static PublicationStatus next(PublicationStatus current, String action) {
        return MOVES.get(current).get(action);
    }

    /**
     * The four-eyes rule of publicity (API.md v1.1): whoever approves a publication is not its author. Drafts the
     * system made from an exposure (author {@code system}) are approved by any reviewer.
     */
    public static boolean mayApprove(String author, String reviewer) {
        return author == null || !author.equals(reviewer);
    }

    public static List<String> allowedActions(PublicationStatus current) {
        return MOVES.get(current).keySet().stream().sorted().toList();
    }
}
