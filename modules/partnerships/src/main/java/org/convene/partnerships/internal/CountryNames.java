package org.convene.partnerships.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convene.platform.Countries;

/**
 * States by name in the working languages (English, French, Spanish) and by ISO code, folded like
 * fingerprints, so "Brazil", "Brésil", "brasil" and "BR" all name Brazil.
 */
final class CountryNames {
    private static final Map<String, String> CODES = build();

    private CountryNames() {
    }

    /** The state a text names as a whole, if any. */
    static Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.length() == 2 && Countries.isValid(stripped.toUpperCase(Locale.ROOT))) {
            return Optional.of(stripped.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(CODES.get(Fingerprint.fold(stripped)));
    }

    /** The state a location ends with ("City of Sao Paolo, Brazil"), or names as a whole ("Nepal"). */
    static Optional<String> ofLocation(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        int comma = location.lastIndexOf(',');
        return code(comma < 0 ? location : location.substring(comma + 1));
    }

    private static Map<String, String> build() {
        Map<String, String> codes = new HashMap<>();
        for (String language : new String[] {"en", "fr", "es"}) {
            for (String code : Locale.getISOCountries()) {
                codes.putIfAbsent(Fingerprint.fold(Countries.name(code, Locale.of(language))), code);
            }
        }
        return Map.copyOf(codes);
    }
}
