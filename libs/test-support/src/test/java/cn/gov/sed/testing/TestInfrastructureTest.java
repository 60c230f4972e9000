package cn.gov.sed.testing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestInfrastructureTest {

    @Test
    void withoutThePropertyTheTestsRunOnTheEmbeddedServers() {
        assertEquals(TestInfrastructure.EMBEDDED, TestInfrastructure.of(null));
        assertEquals(TestInfrastructure.EMBEDDED, TestInfrastructure.of(""));
        assertEquals(TestInfrastructure.EMBEDDED, TestInfrastructure.of("embedded"));
    }

    @Test
    void testcontainersChoosesTheContainers() {
        assertEquals(TestInfrastructure.TESTCONTAINERS, TestInfrastructure.of("testcontainers"));
        assertEquals(TestInfrastructure.TESTCONTAINERS, TestInfrastructure.of(" testcontainers "));
    }

    @Test
    void anyOtherValueIsRefusedNamingTheAllowedOnes() {
        for (String wrong : new String[] {"docker", "Testcontainers", "true", "embeded"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> TestInfrastructure.of(wrong));
            assertTrue(refused.getMessage().contains("-Dsed.infra=" + wrong), refused.getMessage());
            assertTrue(refused.getMessage().contains("allowed are embedded"), refused.getMessage());
            assertTrue(refused.getMessage().contains("and testcontainers"), refused.getMessage());
        }
    }
}
