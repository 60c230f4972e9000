package cn.gov.sed.notification.routing;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.RectificationDueTomorrow;
import cn.gov.sed.contracts.events.RectificationVerified;
import cn.gov.sed.contracts.vocabulary.OverdueLevel;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.notification.channels.MessageChannel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Beside the inbox, which channels a notification goes out on (plain Java, no framework). {@link RoutingRules}
 * decides who is told; these rules decide how:
 * <ol>
 *   <li>the city's rule for the event type and grade ({@link #grade}: the hazard's severity, the overdue level of
 *   HazardOverdue, {@code *} otherwise), or the type's {@code *} rule; no rule: inbox only;</li>
 *   <li>of those, what the recipient accepts (its contact entry's channels) and can be reached by (an e-mail
 *   address, a phone number).</li>
 * </ol>
 */
public final class ChannelRules {
    /** The grade of events that have none, and the rule for every grade of a type. */
    public static final String ANY = "*";

    private ChannelRules() {
    }

    /** What a rule is keyed by besides the event type. */
    public static String grade(DomainEvent event) {
        if (event instanceof HazardOverdue e) {
            return e.level().name();
        }
        Severity severity = severity(event);
        return severity == null ? ANY : severity.name();
    }

    /** A major hazard (重大隐患): its SMS is not held by quiet hours. */
    public static boolean major(DomainEvent event) {
        return severity(event) == Severity.MAJOR;
    }

    private static Severity severity(DomainEvent event) {
        if (event instanceof HazardRegistered e) {
            return e.severity();
        }
        if (event instanceof RectificationVerified e) {
            return e.severity();
        }
        if (event instanceof HazardOverdue e) {
            return e.severity();
        }
        if (event instanceof RectificationDueTomorrow e) {
            return e.severity();
        }
        return null;
    }

    /** The grades a rule of {@code type} may name (for the city's edits). */
    public static Set<String> grades(EventType type) {
        Set<String> grades = new LinkedHashSet<>();
        grades.add(ANY);
        switch (type) {
            case HAZARD_OVERDUE -> Arrays.stream(OverdueLevel.values()).forEach(l -> grades.add(l.name()));
            case HAZARD_REGISTERED, RECTIFICATION_VERIFIED, RECTIFICATION_DUE_TOMORROW ->
                    Arrays.stream(Severity.values()).forEach(s -> grades.add(s.name()));
            default -> {
            }
        }
        return grades;
    }

    /** The rule's channels: the exact grade's, else the type's {@code *}, else none (inbox only). */
    public static Set<MessageChannel> byRule(Map<String, Set<MessageChannel>> rules, String eventType, String grade) {
        Set<MessageChannel> exact = rules.get(key(eventType, grade));
        if (exact != null) {
            return exact;
        }
        return rules.getOrDefault(key(eventType, ANY), EnumSet.noneOf(MessageChannel.class));
    }

    public static String key(String eventType, String grade) {
        return eventType + "|" + grade;
    }

    /** Of the rule's channels, those the recipient accepts and has an address for. */
    public static Set<MessageChannel> forRecipient(Set<MessageChannel> byRule, Set<MessageChannel> accepted,
                                                   String email, String phone) {
        Set<MessageChannel> channels = EnumSet.noneOf(MessageChannel.class);
        for (MessageChannel c : byRule) {
            boolean reachable = c == MessageChannel.EMAIL ? email != null && !email.isBlank()
                    : phone != null && !phone.isBlank();
            if (accepted.contains(c) && reachable) {
                channels.add(c);
            }
        }
        return channels;
    }
}
