package cn.gov.sed.notification.routing;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.notification.channels.MessageChannel;
import cn.gov.sed.platform.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** The city's channel rules: read by everyone who routes, replaced whole by the city. */
@ApplicationScoped
public class EditingChannelRules {
    /**
     * How long routing keeps the rules it read. They are read for every event that notifies someone and change when
     * the city edits them, rarely: an edit applies at once on the replica that made it (its commit drops what was
     * kept) and within this time on the others.
     */
    static final long KEPT_NANOS = 5_000_000_000L;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The rules as last read, with when; null until read or after an edit. */
    private volatile Kept kept;
    /** Counts edits, so that a read that began before an edit's commit does not keep the rules it saw. */
    private final AtomicLong edits = new AtomicLong();

    private record Kept(Map<String, Set<MessageChannel>> rules, long readAt) {
    }

    public List<ChannelRuleView> all() {
        return ChannelRule.<ChannelRule>listAll().stream().map(ChannelRuleView::of)
                .sorted(java.util.Comparator.comparing(ChannelRuleView::eventType).thenComparing(ChannelRuleView::grade))
                .toList();
    }

    /** The rules by {@link ChannelRules#key}, as routing reads them (kept for {@link #KEPT_NANOS}). */
    public Map<String, Set<MessageChannel>> byKey() {
        Kept k = kept;
        long now = System.nanoTime();
        if (k != null && now - k.readAt() < KEPT_NANOS) {
            return k.rules();
        }
        long editsBefore = edits.get();
        Map<String, Set<MessageChannel>> rules = new HashMap<>();
        for (ChannelRule rule : ChannelRule.<ChannelRule>listAll()) {
            rules.put(ChannelRules.key(rule.eventType, rule.grade), Collections.unmodifiableSet(rule.channelSet()));
        }
        Map<String, Set<MessageChannel>> read = Map.copyOf(rules);
        if (edits.get() == editsBefore) {
            kept = new Kept(read, now);
        }
        return read;
    }

    @Transactional
    public List<ChannelRuleView> replace(ChannelRulesRequest request) {
        var problems = ValidationException.builder();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.rules().size(); i++) {
            ChannelRuleView r = request.rules().get(i);
            Optional<EventType> type = Arrays.stream(EventType.values())
                    .filter(t -> t.eventName().equals(r.eventType())).findFirst();
            if (type.isEmpty()) {
                problems.add("rules[" + i + "].eventType", "unknown event type");
                continue;
            }
            problems.check(ChannelRules.grades(type.get()).contains(r.grade()), "rules[" + i + "].grade",
                    "must be one of " + ChannelRules.grades(type.get()));
            problems.check(seen.add(ChannelRules.key(r.eventType(), r.grade())), "rules[" + i + "]",
                    "a second rule for the same event type and grade");
        }
        problems.throwIfAny();
        forgetKeptRulesAfterCommit();
        ChannelRule.deleteAll();
        ChannelRule.flush(); // the unique (event_type, grade) is checked against the new set only
        for (ChannelRuleView r : request.rules()) {
            ChannelRule.of(r.eventType(), r.grade(), r.channels().isEmpty() ? EnumSet.noneOf(MessageChannel.class)
                    : EnumSet.copyOf(r.channels())).persist();
        }
        return all();
    }

    /**
     * This replica routes by the new rules from the edit's commit on. Until then the rules kept are the old ones, as
     * every other transaction reads them, so nothing is dropped before the commit.
     */
    private void forgetKeptRulesAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                edits.incrementAndGet();
                kept = null;
            }
        });
    }
}
