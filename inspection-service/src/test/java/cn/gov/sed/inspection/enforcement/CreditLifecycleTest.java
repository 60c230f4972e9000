package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.vocabulary.EnforcementType;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A unit's credit status: blacklisting and credit repair (plain JUnit). */
class CreditLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-06-10T01:00:00Z");

    private static Unit unit() {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.uscc = "91120101MA05K3XQ1F";
        unit.name = "天津某物业公司";
        unit.district = "120101";
        return unit;
    }

    private static EnforcementAction action(Unit unit, EnforcementType type) {
        EnforcementAction action = EnforcementAction.against(unit, type, "拒不整改", null, null, "津市监处〔2026〕1号",
                List.of(), NOW, "admin-1");
        return action;
    }

    @Test
    void eachStatusAllowsOneAction() {
        assertEquals(List.of("blacklist"), CreditLifecycle.allowedActions(CreditStatus.NORMAL));
        assertEquals(List.of("credit-repair"), CreditLifecycle.allowedActions(CreditStatus.BLACKLISTED));
        assertEquals(List.of("blacklist"), CreditStatus.NORMAL.allowedActions());
    }

    @Test
    void blacklistingThenRepairingAnswersTheActionsTaken() {
        Unit unit = unit();
        EnforcementAction blacklisting = action(unit, EnforcementType.BLACKLIST);
        List<DomainEvent> events = unit.blacklist(blacklisting);
        assertTrue(unit.blacklisted);
        assertEquals(NOW, unit.updatedAt);
        assertEquals(1, events.size());
        assertEquals(EnforcementType.BLACKLIST, ((EnforcementActionTaken) events.get(0)).type());
        assertEquals(blacklisting.id, ((EnforcementActionTaken) events.get(0)).actionId());

        List<DomainEvent> repaired = unit.repairCredit(action(unit, EnforcementType.BLACKLIST_LIFTED));
        assertFalse(unit.blacklisted);
        assertEquals(EnforcementType.BLACKLIST_LIFTED, ((EnforcementActionTaken) repaired.get(0)).type());
    }

    @Test
    void blacklistingTwiceOrRepairingAGoodUnitIsAnIllegalTransition() {
        Unit unit = unit();
        ProblemException notBlacklisted = assertThrows(ProblemException.class,
                () -> unit.repairCredit(action(unit, EnforcementType.BLACKLIST_LIFTED)));
        assertEquals(409, notBlacklisted.problem().getStatus());
        assertEquals("/problems/illegal-transition", notBlacklisted.problem().getType());
        assertEquals("NORMAL", notBlacklisted.problem().getExtensions().get("currentStatus"));
        assertEquals(List.of("blacklist"), notBlacklisted.problem().getExtensions().get("allowedActions"));

        unit.blacklist(action(unit, EnforcementType.BLACKLIST));
        ProblemException twice = assertThrows(ProblemException.class,
                () -> unit.blacklist(action(unit, EnforcementType.BLACKLIST)));
        assertEquals("BLACKLISTED", twice.problem().getExtensions().get("currentStatus"));
        assertEquals(List.of("credit-repair"), twice.problem().getExtensions().get("allowedActions"));
        assertTrue(unit.blacklisted);
    }
}
