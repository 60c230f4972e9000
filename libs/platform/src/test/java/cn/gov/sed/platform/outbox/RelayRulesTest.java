package cn.gov.sed.platform.outbox;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay's two rules without a broker: which refusals park a row, and how a batch is split into waves. */
class RelayRulesTest {
    @Test
    void tooLargeAndNotAuthorisedParkTheRowWhileAnOutagePasses() {
        assertTrue(SendFailures.isPermanentForTheRow(new ExecutionException(new RecordTooLargeException("big"))));
        assertTrue(SendFailures.isPermanentForTheRow(new TopicAuthorizationException(Set.of("hazard-events"))));
        assertFalse(SendFailures.isPermanentForTheRow(new ExecutionException(new TimeoutException("no broker"))));
        assertFalse(SendFailures.isPermanentForTheRow(new NotLeaderOrFollowerException("election")));
        assertTrue(SendFailures.describe(new ExecutionException(new RecordTooLargeException("big")))
                .startsWith("RecordTooLargeException"));
    }

    @Test
    void aWaveHoldsAtMostOneRowPerAggregateInIdOrder() {
        List<OutboxRelay.Row> rows = List.of(row(1, "a"), row(2, "b"), row(3, "a"), row(4, "c"), row(5, "a"));
        List<List<OutboxRelay.Row>> waves = OutboxRelay.waves(rows);
        assertEquals(List.of(List.of(1L, 2L, 4L), List.of(3L), List.of(5L)),
                waves.stream().map(w -> w.stream().map(OutboxRelay.Row::id).toList()).toList());
    }

    private static OutboxRelay.Row row(long id, String aggregate) {
        return new OutboxRelay.Row(id, "e" + id, "hazard-events", aggregate, "t", "s", null, new byte[0], Instant.now());
    }
}
