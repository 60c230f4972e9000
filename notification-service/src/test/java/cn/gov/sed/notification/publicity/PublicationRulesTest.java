package cn.gov.sed.notification.publicity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
