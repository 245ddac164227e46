package org.convene.platform;

import com.ibm.icu.util.Region;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** States are ISO 3166-1 alpha-2 codes everywhere; people see their names in their own language. */
public final class Countries {
    private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    /** The five continents' UN M49 codes, in the order people list them. */
    public static final List<String> CONTINENTS = List.of("002", "019", "142", "150", "009");

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale language) {
        return Locale.of("", code).getDisplayCountry(language);
    }

    /**
     * The UN M49 continent of a state ("002" Africa, "019" Americas, "142" Asia, "150" Europe,
     * "009" Oceania), or empty for a code that names none (e.g. Antarctica).
     */
    public static Optional<String> continent(String code) {
        if (!isValid(code)) {
            return Optional.empty();
        }
        try {
            Region continent = Region.getInstance(code).getContainingRegion(Region.RegionType.CONTINENT);
            return Optional.ofNullable(continent).map(Region::toString);
        } catch (IllegalArgumentException unknownToCldr) {
            return Optional.empty();
        }
    }


    /** The states of a continent (an M49 code of {@link #CONTINENTS}); empty for any other code. */
    public static Set<String> inContinent(String m49) {
        return ByContinent.STATES.getOrDefault(m49, Set.of());
    }

    /** Looked up once, on first use (not at start-up): the region data does not change while the application runs. */
    private static final class ByContinent {
        static final Map<String, Set<String>> STATES = CODES.stream().filter(c -> continent(c).isPresent())
                .collect(Collectors.groupingBy(c -> continent(c).orElseThrow(), Collectors.toUnmodifiableSet()));
    }

    /** A continent's name in the given language, from its M49 code. */
    public static String continentName(String m49, Locale language) {
        return Locale.of("", m49).getDisplayCountry(language);
    }

    /** All codes, sorted by their name in the given language. */
    public static List<String> codesByName(Locale language) {
        return CODES.stream().sorted(Comparator.comparing(c -> name(c, language))).toList();
    }
}
