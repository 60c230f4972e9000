package cn.gov.sed.notification.publicity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PublicTextTest {
    @Test
    void dropsWhatXmlCannotCarryAndKeepsEverythingElse() {
        assertEquals("ab", PublicText.clean("a\u0000\u0001\u0008\u000B\u000C\u001B\u007F\u0085\u009Fb"));
        assertEquals("a\tb\nc\rd", PublicText.clean("a\tb\nc\rd"));
        assertEquals("xy", PublicText.clean("x\uFFFE\uFFFFy"));
        assertEquals("lone", PublicText.clean("lo\uD800ne\uDC00"));
        // markup is not this class's business: the templates escape it
        assertEquals("<script>]]>&\"'", PublicText.clean("<script>]]>&\"'"));
        assertEquals("电梯 😀 𠀀", PublicText.clean("电梯 😀 𠀀"));
        assertNull(PublicText.clean(null));
    }
}
