package cn.gov.sed.notification.routing;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.notification.channels.MessageChannel;
import cn.gov.sed.platform.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The city's channel rules: read by everyone who routes, replaced whole by the city. */
@ApplicationScoped
public class EditingChannelRules {

    public List<ChannelRuleView> all() {
        return ChannelRule.<ChannelRule>listAll().stream().map(ChannelRuleView::of)
                .sorted(java.util.Comparator.comparing(ChannelRuleView::eventType).thenComparing(ChannelRuleView::grade))
                .toList();
    }

    /** The rules by {@link ChannelRules#key}, as routing reads them. */
    public Map<String, Set<MessageChannel>> byKey() {
        Map<String, Set<MessageChannel>> rules = new HashMap<>();
        for (ChannelRule rule : ChannelRule.<ChannelRule>listAll()) {
            rules.put(ChannelRules.key(rule.eventType, rule.grade), rule.channelSet());
        }
        return rules;
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
        ChannelRule.deleteAll();
        ChannelRule.flush(); // the unique (event_type, grade) is checked against the new set only
        for (ChannelRuleView r : request.rules()) {
            ChannelRule.of(r.eventType(), r.grade(), r.channels().isEmpty() ? EnumSet.noneOf(MessageChannel.class)
                    : EnumSet.copyOf(r.channels())).persist();
        }
        return all();
    }
}
