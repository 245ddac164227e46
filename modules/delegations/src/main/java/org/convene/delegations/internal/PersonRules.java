package org.convene.delegations.internal;

import java.util.Locale;
import org.convene.delegations.DelegationLimits;
import org.convene.delegations.Person;
import org.convene.platform.Countries;
import org.convene.platform.Problems;
import org.convene.platform.Texts;

/** The checks of a nominated person; answers the person as stored (trimmed, e-mail in lower case). */
final class PersonRules {
    private PersonRules() {
    }

    /** @throws org.convene.platform.InvalidInputException listing every problem found */
    static Person check(Person raw) {
        Person p = normalised(raw);
        Problems problems = new Problems();
        problems.text("givenName", p.givenName(), DelegationLimits.NAME_MAX);
        problems.text("familyName", p.familyName(), DelegationLimits.NAME_MAX);
        problems.optionalText("latinGivenName", p.latinGivenName(), DelegationLimits.NAME_MAX);
        problems.optionalText("latinFamilyName", p.latinFamilyName(), DelegationLimits.NAME_MAX);
        checkLatin("latinGivenName", p.givenName(), p.latinGivenName(), problems);
        checkLatin("latinFamilyName", p.familyName(), p.latinFamilyName(), problems);
        problems.text("organisation", p.organisation(), DelegationLimits.ORGANISATION_MAX);
        problems.optionalText("title", p.title(), DelegationLimits.TITLE_MAX);
        checkCountry("nationality", p.nationality(), problems);
        checkCountry("residence", p.residence(), problems);
        problems.text("email", p.email(), DelegationLimits.EMAIL_MAX);
        if (p.email() != null && !p.email().isBlank() && !p.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("email", "validation.email", "email is not an e-mail address");
        }
        problems.required("role", p.role());
        problems.optionalText("accessibilityNeeds", p.accessibilityNeeds(), DelegationLimits.NEEDS_MAX);
        problems.optionalText("dietaryNeeds", p.dietaryNeeds(), DelegationLimits.NEEDS_MAX);
        problems.throwIfAny();
        return p;
    }

    /** A badge needs a Latin form of a name written in another script; a Latin form must be Latin. */
    private static void checkLatin(String field, String name, String latin, Problems problems) {
        if (latin == null) {
            if (name != null && !name.isBlank() && !Scripts.isLatin(name)) {
                problems.add(field, "registration.latin-name.required", field + " is needed for a name not written in Latin letters");
            }
        } else if (!Scripts.isLatin(latin)) {
            problems.add(field, "registration.latin-name.not-latin", field + " must be written in Latin letters");
        }
    }

    private static void checkCountry(String field, String code, Problems problems) {
        if (code == null || code.isBlank()) {
            problems.add(field, "validation.required", field + " must not be empty");
        } else if (!Countries.isValid(code)) {
            problems.add(field, "registration.country.unknown", field + " must be an ISO 3166-1 alpha-2 country code");
        }
    }

    private static Person normalised(Person p) {
        return new Person(Texts.stripped(p.givenName()), Texts.stripped(p.familyName()), Texts.strippedOrNull(p.latinGivenName()),
                Texts.strippedOrNull(p.latinFamilyName()), Texts.stripped(p.organisation()), Texts.strippedOrNull(p.title()),
                upper(p.nationality()), upper(p.residence()), p.gender(),
                p.email() == null ? null : p.email().strip().toLowerCase(Locale.ROOT), p.role(),
                Texts.strippedOrNull(p.accessibilityNeeds()), Texts.strippedOrNull(p.dietaryNeeds()));
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
