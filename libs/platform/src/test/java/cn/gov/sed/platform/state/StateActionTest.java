package cn.gov.sed.platform.state;

import cn.gov.sed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StateActionTest {
    enum Door { OPEN, CLOSED, LOCKED }

    enum DoorAction implements StateAction<Door> {
        CLOSE("close", EnumSet.of(Door.OPEN), EnumSet.of(Door.CLOSED)),
        OPEN("open", EnumSet.of(Door.CLOSED), EnumSet.of(Door.OPEN)),
        SHUT("shut", EnumSet.of(Door.OPEN), EnumSet.of(Door.CLOSED, Door.LOCKED)),
        /** The building's own night round: not an action clients call, so never listed as allowed. */
        NIGHT_LOCK("night-lock", EnumSet.of(Door.CLOSED), EnumSet.of(Door.LOCKED)) {
            @Override
            public boolean listed() {
                return false;
            }
        };

        private final String apiName;
        private final Set<Door> sources;
        private final Set<Door> targets;

        DoorAction(String apiName, Set<Door> sources, Set<Door> targets) {
            this.apiName = apiName;
            this.sources = sources;
            this.targets = targets;
        }

        @Override
        public String apiName() {
            return apiName;
        }

        @Override
        public Set<Door> sources() {
            return sources;
        }

        @Override
        public Set<Door> targets() {
            return targets;
        }
    }

    @Test
    void anAllowedActionLeadsToItsTarget() {
        assertEquals(Door.CLOSED, DoorAction.CLOSE.apply(Door.OPEN));
        assertEquals(Door.LOCKED, DoorAction.SHUT.apply(Door.OPEN, Door.LOCKED));
        assertEquals(Door.LOCKED, DoorAction.NIGHT_LOCK.apply(Door.CLOSED));
    }

    @Test
    void aForbiddenActionIs409NamingWhatTheStatusAllows() {
        ProblemException e = assertThrows(ProblemException.class, () -> DoorAction.OPEN.apply(Door.OPEN));
        assertEquals(409, e.problem().getStatus());
        assertEquals("OPEN", e.problem().getExtensions().get("currentStatus"));
        assertEquals(List.of("close", "shut"), e.problem().getExtensions().get("allowedActions"));
        // an unlisted action is allowed but not offered
        assertEquals(List.of("open"), StateAction.allowedActions(DoorAction.class, Door.CLOSED));
        assertEquals(List.of(), StateAction.allowedActions(DoorAction.class, Door.LOCKED));
    }

    @Test
    void aTargetOutsideTheActionsTargetsIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> DoorAction.CLOSE.apply(Door.OPEN, Door.LOCKED));
        assertThrows(IllegalStateException.class, () -> DoorAction.SHUT.apply(Door.OPEN));
    }

    @Test
    void setBasedMovesReadTheirStatusesFromTheActionAsSqlLiterals() {
        assertEquals("'OPEN'", DoorAction.CLOSE.sourcesSql());
        assertEquals("'CLOSED'", DoorAction.CLOSE.targetSql());
        // several targets have no single SQL target: the move must name one
        assertThrows(IllegalStateException.class, DoorAction.SHUT::targetSql);
    }
}
