package cn.gov.sed.notification.routing;

import cn.gov.sed.contracts.events.EventType;
import cn.gov.sed.contracts.events.HazardOverdue;
import cn.gov.sed.contracts.events.HazardRegistered;
import cn.gov.sed.contracts.events.TaskCompleted;
import cn.gov.sed.contracts.vocabulary.HazardSource;
import cn.gov.sed.contracts.vocabulary.HazardStatus;
import cn.gov.sed.contracts.vocabulary.HazardType;
import cn.gov.sed.contracts.vocabulary.OverdueLevel;
import cn.gov.sed.contracts.vocabulary.Severity;
import cn.gov.sed.notification.channels.MessageChannel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelRulesTest {
    private static final Set<MessageChannel> BOTH = EnumSet.allOf(MessageChannel.class);
    private static final Map<String, Set<MessageChannel>> RULES = Map.of(
            ChannelRules.key("HazardRegistered", "MAJOR"), BOTH,
            ChannelRules.key("HazardOverdue", "DAY_3"), BOTH,
            ChannelRules.key("TaskAssigned", "*"), EnumSet.of(MessageChannel.EMAIL));

    static HazardRegistered registered(Severity severity) {
        return new HazardRegistered("120101", UUID.randomUUID(), severity, HazardStatus.LISTED, "91120101MA05K3XQ1F",
                "津门电梯有限公司", "3110", HazardType.EQUIPMENT_CONDITION, LocalDate.parse("2026-12-12"),
                HazardSource.INSPECTION, null);
    }

    @Test
    void theGradeIsTheSeverityOrTheOverdueLevel() {
        assertEquals("MAJOR", ChannelRules.grade(registered(Severity.MAJOR)));
        assertEquals("DAY_3", ChannelRules.grade(new HazardOverdue("120101", UUID.randomUUID(), OverdueLevel.DAY_3,
                LocalDate.parse("2026-11-10"), "91120101MA05K3XQ1F", Severity.GENERAL)));
        assertEquals("*", ChannelRules.grade(new TaskCompleted("120101", UUID.randomUUID(), "电梯专项整治",
                java.time.OffsetDateTime.parse("2026-11-20T10:00:00+08:00"))));
        assertTrue(ChannelRules.major(registered(Severity.MAJOR)));
        assertFalse(ChannelRules.major(registered(Severity.GENERAL)));
    }

    @Test
    void aMajorHazardGoesOutBySmsAndEmailAMinorOneStaysInTheInbox() {
        assertEquals(BOTH, ChannelRules.byRule(RULES, "HazardRegistered", "MAJOR"));
        assertEquals(Set.of(), ChannelRules.byRule(RULES, "HazardRegistered", "MINOR"));
        assertEquals(BOTH, ChannelRules.byRule(RULES, "HazardOverdue", "DAY_3"));
        assertEquals(Set.of(), ChannelRules.byRule(RULES, "HazardOverdue", "DAY_0"));
        assertEquals(EnumSet.of(MessageChannel.EMAIL), ChannelRules.byRule(RULES, "TaskAssigned", "*"));
    }

    @Test
    void aRecipientGetsWhatItAcceptsAndHasAnAddressFor() {
        assertEquals(BOTH, ChannelRules.forRecipient(BOTH, BOTH, "a@b.cn", "13800000000"));
        assertEquals(EnumSet.of(MessageChannel.SMS), ChannelRules.forRecipient(BOTH, BOTH, null, "13800000000"));
        assertEquals(EnumSet.of(MessageChannel.EMAIL),
                ChannelRules.forRecipient(BOTH, EnumSet.of(MessageChannel.EMAIL), "a@b.cn", "13800000000"));
        assertEquals(Set.of(), ChannelRules.forRecipient(EnumSet.noneOf(MessageChannel.class), BOTH, "a@b.cn", "1"));
    }

    @Test
    void rulesNameOnlyGradesTheEventHas() {
        assertTrue(ChannelRules.grades(EventType.HAZARD_OVERDUE).contains("DAY_7"));
        assertFalse(ChannelRules.grades(EventType.HAZARD_OVERDUE).contains("MAJOR"));
        assertEquals(Set.of("*"), ChannelRules.grades(EventType.TASK_ASSIGNED));
    }
}
