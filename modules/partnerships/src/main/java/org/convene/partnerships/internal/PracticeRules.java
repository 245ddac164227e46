package org.convene.partnerships.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.partnerships.PracticeCommand;
import org.convene.partnerships.PracticeLimits;
import org.convene.platform.Countries;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.SdgRef;
import org.convene.platform.Texts;

/** The checks of one practice, the same for the form, the API and each row of a file. Plain Java. */
final class PracticeRules {
    static final String SDG_FIELD = "sdgTargets";

    private PracticeRules() {
    }

    /** @throws InvalidInputException with every problem found, not only the first */
    static Checked check(PracticeCommand c) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Texts.strippedOrNull(c.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "practice.name.required", "a practice needs a name"));
        }
        length(problems, "name", name, PracticeLimits.NAME_MAX);
        String link = Texts.strippedOrNull(c.link());
        if (link != null && !isWebAddress(link)) {
            problems.add(new FieldProblem("link", "practice.link.invalid", "the link must be a web address starting with http:// or https://"));
        }
        length(problems, "link", link, PracticeLimits.LINK_MAX);
        String sdgText = Texts.strippedOrNull(c.sdgTargets());
        List<SdgRef> sdgs = List.of();
        if (sdgText == null) {
            problems.add(new FieldProblem(SDG_FIELD, "practice.sdg.required", "name at least one SDG or target, e.g. 10.7"));
        } else {
            try {
                sdgs = SdgRef.parseAll(SDG_FIELD, sdgText);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            length(problems, SDG_FIELD, sdgText, PracticeLimits.SDG_MAX);
        }
        String period = Texts.strippedOrNull(c.period());
        length(problems, "period", period, PracticeLimits.PERIOD_MAX);
        String location = Texts.strippedOrNull(c.location());
        length(problems, "location", location, PracticeLimits.LOCATION_MAX);
        String country = Texts.strippedOrNull(c.countryCode());
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!Countries.isValid(country)) {
                problems.add(new FieldProblem("countryCode", "practice.country.invalid", "the country must be an ISO 3166-1 code such as BR"));
            }
        } else {
            country = CountryNames.ofLocation(location).orElse(null);
        }
        String aim = Texts.strippedOrNull(c.aim());
        length(problems, "aim", aim, PracticeLimits.AIM_MAX);
        String partners = Texts.strippedOrNull(c.partners());
        length(problems, "partners", partners, PracticeLimits.PARTNERS_MAX);
        String source = Texts.strippedOrNull(c.source());
        length(problems, "source", source, PracticeLimits.SOURCE_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(name, link, sdgText, sdgs, period, location, country, aim, partners, source,
                Fingerprint.of(name, location, period));
    }

    private static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "practice.too-long", field + " is longer than " + max + " characters"));
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
