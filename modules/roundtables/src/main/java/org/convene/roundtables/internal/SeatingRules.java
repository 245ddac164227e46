package org.convene.roundtables.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.delegations.RegistrationStatus;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.roundtables.SeatingPreferences;

/** The checks of a delegate's choices. */
final class SeatingRules {
    private SeatingRules() {
    }

    static void checkChoices(RegistrationStatus status, List<Long> choices, Set<Long> summitRoundtables) {
        if (!status.holdsPlace()) {
            throw InvalidInputException.of("registrationId", "seating.no-place", "the registration holds no place at the summit");
        }
        if (choices.size() > SeatingPreferences.CHOICES_MAX) {
            throw problem("seating.choices.too-many", "choose at most " + SeatingPreferences.CHOICES_MAX + " roundtables");
        }
        if (choices.stream().anyMatch(c -> c == null || !summitRoundtables.contains(c))) {
            throw problem("seating.choices.other-summit", "a chosen roundtable is not one of the summit's");
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            throw problem("seating.choices.repeated", "a roundtable is chosen twice");
        }
    }

    private static InvalidInputException problem(String code, String message) {
        return new InvalidInputException(List.of(new FieldProblem("roundtableIds", code, message)));
    }
}
