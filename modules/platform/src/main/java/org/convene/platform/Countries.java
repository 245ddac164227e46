package org.convene.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** States are ISO 3166-1 alpha-2 codes everywhere; people see their names in their own language. */
public final class Countries {
    private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale language) {
        return Locale.of("", code).getDisplayCountry(language);
    }

    /** All codes, sorted by their name in the given language. */
    public static List<String> codesByName(Locale language) {
        return CODES.stream().sorted(Comparator.comparing(c -> name(c, language))).toList();
    }
}
