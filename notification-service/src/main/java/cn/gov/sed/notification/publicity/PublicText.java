package cn.gov.sed.notification.publicity;

/**
 * Text shown to the public (the page, the feed, the social channels): the characters XML 1.0 cannot carry (C0
 * controls other than tab, line feed and carriage return; unpaired surrogates; U+FFFE/U+FFFF) and the C1 controls are
 * dropped, so a hostile title cannot break the feed's XML. Escaping is the templates' job (Qute escapes HTML and XML).
 */
public final class PublicText {
    private PublicText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (allowed(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean allowed(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return false; // unpaired: a pair arrives here as one supplementary code point
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
