package cn.gov.sed.notification.publicity;

import cn.gov.sed.notification.publicity.PublicationRules.Action;
import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationRulesTest {
    @Test
    void theReviewPathGoesOneStepAtATime() {
        assertEquals(PublicationStatus.PENDING_REVIEW, Action.SUBMIT.apply(PublicationStatus.DRAFT));
        assertEquals(PublicationStatus.APPROVED, Action.APPROVE.apply(PublicationStatus.PENDING_REVIEW));
        assertEquals(PublicationStatus.PUBLISHED, Action.PUBLISH.apply(PublicationStatus.APPROVED));
        assertFalse(Action.PUBLISH.allowedFrom(PublicationStatus.DRAFT));
        assertFalse(Action.PUBLISH.allowedFrom(PublicationStatus.PENDING_REVIEW));
        assertFalse(Action.SUBMIT.allowedFrom(PublicationStatus.PUBLISHED));
        assertEquals(List.of("submit"), PublicationRules.allowedActions(PublicationStatus.DRAFT));
        assertEquals(List.of("approve"), PublicationRules.allowedActions(PublicationStatus.PENDING_REVIEW));
        assertEquals(List.of("publish"), PublicationRules.allowedActions(PublicationStatus.APPROVED));
        assertEquals(List.of(), PublicationRules.allowedActions(PublicationStatus.PUBLISHED));
    }

    @ParameterizedTest
    @EnumSource(PublicationStatus.class)
    void anActionNotAllowedIsAnIllegalTransitionNamingWhatIsAllowed(PublicationStatus status) {
        for (Action action : Action.values()) {
            if (action.allowedFrom(status)) {
                assertEquals(action.target(), action.apply(status));
                continue;
            }
            ProblemException e = assertThrows(ProblemException.class, () -> action.apply(status));
            assertEquals(409, e.problem().getStatus());
            assertEquals("/problems/illegal-transition", e.problem().getType());
            assertEquals(status.name(), e.problem().getExtensions().get("currentStatus"));
            assertEquals(PublicationRules.allowedActions(status), e.problem().getExtensions().get("allowedActions"));
        }
    }

    @Test
    void theAuthorDoesNotApproveTheirOwnPublication() {
        assertFalse(PublicationRules.mayApprove("admin-120110", "admin-120110"));
        assertTrue(PublicationRules.mayApprove("admin-120110", "city-staff"));
        assertTrue(PublicationRules.mayApprove("system", "admin-120112")); // a draft made from an exposure
    }

    @Test
    void thePublicationMovesAlongItsPathAndRecordsWhoAndWhen() {
        Instant now = Instant.parse("2026-11-28T02:00:00Z");
        Publication p = Publication.draft(PublicationType.WORK_UPDATE, "  标题 ", "正文",
                List.of(Channel.WEBSITE, Channel.WECHAT, Channel.WEBSITE), "120101", "admin-120101", now);
        assertEquals("标题", p.title);
        assertEquals(List.of(Channel.WEBSITE, Channel.WECHAT), p.channelList());
        assertEquals(PublicationStatus.DRAFT, p.status);

        assertThrows(ProblemException.class, () -> p.publish(now, java.util.Set.of()));
        assertEquals(PublicationStatus.PENDING_REVIEW, p.submit());
        ProblemException own = assertThrows(ProblemException.class, () -> p.approve("admin-120101"));
        assertEquals(403, own.problem().getStatus());
        assertEquals(PublicationStatus.PENDING_REVIEW, p.status);
        assertNull(p.approvedBy);
        assertEquals(PublicationStatus.APPROVED, p.approve("city-staff"));
        assertEquals("city-staff", p.approvedBy);
        assertEquals(PublicationStatus.PUBLISHED, p.publish(now, java.util.Set.of()));
        assertEquals(now, p.publishedAt);
        assertEquals(List.of(), p.allowedActions());
    }
}
