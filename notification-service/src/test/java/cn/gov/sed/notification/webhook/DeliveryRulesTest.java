package cn.gov.sed.notification.webhook;

import cn.gov.sed.notification.webhook.DeliveryRules.Action;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static cn.gov.sed.notification.webhook.DeliveryRules.afterAttempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryRulesTest {

    @Test
    void onlyAWaitingDeliveryIsAttemptedAndEveryOutcomeStartsFromIt() {
        for (Action a : EnumSet.of(Action.CLAIM, Action.DELIVER, Action.BACK_OFF, Action.GIVE_UP, Action.REFUSE)) {
            assertTrue(a.allowedFrom(DeliveryStatus.PENDING), a.name());
            for (DeliveryStatus done : EnumSet.complementOf(EnumSet.of(DeliveryStatus.PENDING))) {
                assertFalse(a.allowedFrom(done), a + " from " + done);
            }
        }
        assertEquals(EnumSet.of(Action.CLAIM, Action.DELIVER, Action.BACK_OFF, Action.GIVE_UP, Action.REFUSE,
                Action.RETRY), DeliveryRules.allowedActions(DeliveryStatus.PENDING));
        assertEquals(EnumSet.of(Action.RETRY), DeliveryRules.allowedActions(DeliveryStatus.DELIVERED));
    }

    @Test
    void theTargets() {
        assertEquals(DeliveryStatus.PENDING, Action.QUEUE.target());
        assertEquals(DeliveryStatus.PENDING, Action.CLAIM.target());
        assertEquals(DeliveryStatus.DELIVERED, Action.DELIVER.target());
        assertEquals(DeliveryStatus.PENDING, Action.BACK_OFF.target());
        assertEquals(DeliveryStatus.FAILED, Action.GIVE_UP.target());
        assertEquals(DeliveryStatus.REFUSED, Action.REFUSE.target());
        assertEquals(DeliveryStatus.PENDING, Action.RETRY.target());
    }

    @Test
    void aRetryByHandStartsFromAnyStatus() {
        for (DeliveryStatus s : DeliveryStatus.values()) {
            assertTrue(Action.RETRY.allowedFrom(s), s.name());
        }
    }

    @Test
    void theStatementsReadTheirStatusesFromTheActions() {
        assertEquals("'PENDING'", Action.CLAIM.sourcesSql());
        assertEquals("'PENDING', 'DELIVERED', 'FAILED', 'REFUSED'", Action.RETRY.sourcesSql());
        assertEquals("'FAILED'", Action.GIVE_UP.targetSql());
        assertEquals("'PENDING'", Action.QUEUE.targetSql());
        assertThrows(IllegalStateException.class, Action.QUEUE::sourcesSql); // queuing creates, from no status
    }

    @Test
    void anAttemptIsRefusedDeliveredBackedOffOrGivenUp() {
        assertEquals(Action.REFUSE, afterAttempt(true, false, 1, 8));
        assertEquals(Action.DELIVER, afterAttempt(false, true, 1, 8));
        assertEquals(Action.DELIVER, afterAttempt(false, true, 8, 8));
        assertEquals(Action.BACK_OFF, afterAttempt(false, false, 1, 8));
        assertEquals(Action.BACK_OFF, afterAttempt(false, false, 7, 8));
        assertEquals(Action.GIVE_UP, afterAttempt(false, false, 8, 8));
    }
}
