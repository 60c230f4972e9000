package cn.gov.sed.inspection.enforcement;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void amountsAreWrittenWithTwoDecimals() {
        assertEquals("20000.00", Money.normalise("20000").toPlainString());
        assertEquals("0.50", Money.normalise(" 0.5 ").toPlainString());
        assertEquals("0.00", Money.normalise("0").toPlainString());
    }

    @Test
    void goodAmountsHaveNoProblem() {
        assertTrue(Money.problem("20000.00").isEmpty());
        assertTrue(Money.problem("1.10").isEmpty());
        assertTrue(Money.problem("1.100").isEmpty()); // trailing zeros are not fractions of a fen
    }

    @Test
    void negativeMalformedOrTooPreciseAmountsAreRejected() {
        assertTrue(Money.problem("-1").isPresent());
        assertTrue(Money.problem("abc").isPresent());
        assertTrue(Money.problem("1.234").isPresent());
        assertTrue(Money.problem("").isPresent());
        assertTrue(Money.problem(null).isPresent());
    }
}
