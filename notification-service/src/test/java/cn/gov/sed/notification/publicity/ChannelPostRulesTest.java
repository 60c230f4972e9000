package cn.gov.sed.notification.publicity;

import cn.gov.sed.notification.publicity.ChannelPostRules.Action;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelPostRulesTest {
    @Test
    void publishingOwesAConfiguredChannelAPendingPostAndSkipsAnUnconfiguredOne() {
        assertEquals(ChannelPostStatus.PENDING, ChannelPostRules.onPublish(true).target());
        assertEquals(ChannelPostStatus.SKIPPED, ChannelPostRules.onPublish(false).target());
    }

    @Test
    void anAttemptPostsOrBacksOffUntilTheLastOneGivesUp() {
        assertEquals(Action.POST, ChannelPostRules.afterAttempt(true, 1, 3));
        assertEquals(Action.POST, ChannelPostRules.afterAttempt(true, 3, 3));
        assertEquals(Action.BACK_OFF, ChannelPostRules.afterAttempt(false, 1, 3));
        assertEquals(Action.BACK_OFF, ChannelPostRules.afterAttempt(false, 2, 3));
        assertEquals(Action.GIVE_UP, ChannelPostRules.afterAttempt(false, 3, 3));
    }

    @Test
    void onlyAPendingPostMovesAndNothingLeavesPostedFailedOrSkipped() {
        for (Action a : new Action[] {Action.CLAIM, Action.POST, Action.BACK_OFF, Action.GIVE_UP}) {
            assertTrue(a.allowedFrom(ChannelPostStatus.PENDING), a.name());
            for (ChannelPostStatus end : new ChannelPostStatus[] {ChannelPostStatus.POSTED, ChannelPostStatus.FAILED,
                    ChannelPostStatus.SKIPPED}) {
                assertFalse(a.allowedFrom(end), a + " from " + end);
            }
        }
        assertEquals("'PENDING'", Action.POST.sourcesSql());
        assertEquals("'POSTED'", Action.POST.targetSql());
        assertThrows(IllegalStateException.class, Action.RECORD::sourcesSql);
        assertFalse(Action.POST.listed(), "the dispatcher's moves are never offered to a client");
    }
}
