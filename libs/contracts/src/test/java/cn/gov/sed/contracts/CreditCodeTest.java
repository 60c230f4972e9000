package cn.gov.sed.contracts;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @ParameterizedTest
    @ValueSource(strings = {"91120116MA00000001", "91120101MA05K3XQ1F", "91000000000000000K"})
    void documentedExamplesAreValid(String code) {
        assertTrue(CreditCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91120116MA00000001", "91120101MA05K3XQ1F", "91000000000000000K"})
    void changingAnyCharacterBreaksIt(String code) {
        for (int i = 0; i < code.length(); i++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c == code.charAt(i)) {
                    continue;
                }
                String changed = code.substring(0, i) + c + code.substring(i + 1);
                assertFalse(CreditCode.isValid(changed), changed);
            }
        }
    }

    @Test
    void completesSeventeenCharactersWithTheCheckCharacter() {
        assertEquals("91120116MA00000001", CreditCode.withCheckCharacter("91120116MA0000000"));
        assertEquals("91120101MA05K3XQ1F", CreditCode.withCheckCharacter("91120101MA05K3XQ1"));
    }

    @Test
    void normalisesFullWidthAndCase() {
        assertEquals("91120101MA05K3XQ1F", CreditCode.normalise("  ９１１２０１０１ｍａ０５ｋ３ｘｑ１ｆ "));
        assertTrue(CreditCode.isValid(CreditCode.normalise("91120101ma05k3xq1f")));
    }

    @Test
    void rejectsForbiddenLettersAndLength() {
        assertFalse(CreditCode.isValid("91120101MA05K3XQ1"));
        assertEquals("character 9 'I' is not allowed", CreditCode.problem("91120101IA05K3XQ1F").orElseThrow());
    }
}
