package cn.gov.sed.notification.publicity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationRulesTest {
    @Test
    void theReviewPathGoesOneStepAtATime() {
        assertEquals(PublicationStatus.PENDING_REVIEW, PublicationRules.next(PublicationStatus.DRAFT, "submit"));
        assertEquals(PublicationStatus.APPROVED, PublicationRules.next(PublicationStatus.PENDING_REVIEW, "approve"));
        assertEquals(PublicationStatus.PUBLISHED, PublicationRules.next(PublicationStatus.APPROVED, "publish"));
        assertNull(PublicationRules.next(PublicationStatus.DRAFT, "publish"));
        assertNull(PublicationRules.next(PublicationStatus.PENDING_REVIEW, "publish"));
        assertNull(PublicationRules.next(PublicationStatus.PUBLISHED, "submit"));
        assertEquals(List.of(), PublicationRules.allowedActions(PublicationStatus.PUBLISHED));
    }

    @Test
    void theAuthorDoesNotApproveTheirOwnPublication() {
        assertFalse(PublicationRules.mayApprove("admin-120110", "admin-120110"));
        assertTrue(PublicationRules.mayApprove("admin-120110", "city-staff"));
        assertTrue(PublicationRules.mayApprove("system", "admin-120112")); // a draft made from an exposure
    }
}
