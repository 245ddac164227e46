package org.convene.delegations.internal;

import java.lang.Character.UnicodeScript;

/** Tells whether a name is written in Latin letters, which badges print beneath a name in another script. */
final class Scripts {
    private Scripts() {
    }

    /** True when every letter is Latin; digits, spaces, hyphens and combining marks belong to any script. */
    static boolean isLatin(String text) {
        return text.codePoints().allMatch(c -> {
            UnicodeScript script = UnicodeScript.of(c);
            return script == UnicodeScript.LATIN || script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
        });
    }
}
