package org.convene.delegations.internal;

import java.util.ArrayList;
import java.util.List;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.DelegationLimits;
import org.convene.delegations.Gender;
import org.convene.delegations.SheetFormat;

/** The file a lead fills in: the header, one example row, and for a workbook a sheet of instructions. */
final class ImportTemplate {
    static final List<String> EXAMPLE = List.of("amina.diallo@example.org", "Amina", "Diallo", "", "",
            "Migrants Network", "Director", "SN", "DE", "FEMALE", "HEAD_OF_DELEGATION", "wheelchair access", "vegetarian");

    private ImportTemplate() {
    }

    static byte[] of(SheetFormat format, List<FieldDefinition> questions) {
        List<String> header = new ArrayList<>(BulkRegistration.COLUMNS);
        List<String> example = new ArrayList<>(EXAMPLE);
        questions.forEach(q -> {
            header.add(q.label());
            example.add("");
        });
        List<SheetWriter.Table> tables = new ArrayList<>();
        tables.add(new SheetWriter.Table("registrations", List.of(header, example)));
        if (format == SheetFormat.XLSX) {
            List<List<String>> instructions = new ArrayList<>(instructions());
            questions.forEach(q -> instructions.add(instructions.size() - 1, List.of(q.label(), q.required() ? "yes" : "no", explained(q))));
            tables.add(new SheetWriter.Table("instructions", instructions));
        }
        return SheetWriter.write(format, tables);
    }

    /** In English: the columns are named in English too, and the guide explains them in every language. */
    private static List<List<String>> instructions() {
        String roles = String.join(", ", names(DelegateRole.values()));
        String genders = String.join(", ", names(Gender.values()));
        return List.of(
                List.of("column", "required", "what to write"),
                List.of("email", "yes", "the person's e-mail; a person already registered in the summit is skipped"),
                List.of("givenName", "yes", "given name in the person's own script, at most " + DelegationLimits.NAME_MAX + " characters"),
                List.of("familyName", "yes", "family name in the person's own script, at most " + DelegationLimits.NAME_MAX + " characters"),
                List.of("latinGivenName", "if not Latin", "the given name in Latin letters, for badges, when the name is in another script"),
                List.of("latinFamilyName", "if not Latin", "the family name in Latin letters, for badges"),
                List.of("organisation", "yes", "at most " + DelegationLimits.ORGANISATION_MAX + " characters"),
                List.of("title", "no", "title or function"),
                List.of("nationality", "yes", "ISO 3166-1 alpha-2 country code, e.g. SN"),
                List.of("residence", "yes", "ISO 3166-1 alpha-2 country code of residence, e.g. DE"),
                List.of("gender", "no", "one of " + genders + " (statistics only)"),
                List.of("role", "yes", "one of " + roles),
                List.of("accessibilityNeeds", "no", "free text"),
                List.of("dietaryNeeds", "no", "free text"),
                List.of("", "", "Keep the header row of the first sheet; one person per row; values, not formulas."));
    }

    /** A question of the summit's own, as the instructions sheet explains it. */
    private static String explained(FieldDefinition q) {
        String what = switch (q.type()) {
            case TEXT -> "free text";
            case CHOICE -> "one of " + String.join(", ", q.choiceList());
            case YES_NO -> "yes or no";
            case DATE -> "a date as YYYY-MM-DD";
        };
        return q.shownWhenFieldId() == null ? what : what + " (asked only after a given answer to an earlier question; leave empty otherwise)";
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
