package cn.gov.sed.notification.channels;

import cn.gov.sed.notification.channels.MessageRules.Action;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageRulesTest {

    @Test
    void anAcceptedMessageIsSentAFailedOneBacksOffUntilTheLastAttempt() {
        assertEquals(Action.SEND, MessageRules.afterAttempt(true, 1, 6));
        assertEquals(Action.BACK_OFF, MessageRules.afterAttempt(false, 1, 6));
        assertEquals(Action.BACK_OFF, MessageRules.afterAttempt(false, 5, 6));
        assertEquals(Action.GIVE_UP, MessageRules.afterAttempt(false, 6, 6));
    }

    @Test
    void aSentOrFailedMessageIsNeverClaimedAgain() {
        assertTrue(Action.CLAIM.allowedFrom(MessageStatus.PENDING));
        assertFalse(Action.CLAIM.allowedFrom(MessageStatus.SENT));
        assertFalse(Action.CLAIM.allowedFrom(MessageStatus.FAILED));
        assertEquals("'PENDING'", Action.SEND.sourcesSql());
        assertEquals("'SENT'", Action.SEND.targetSql());
    }
}
