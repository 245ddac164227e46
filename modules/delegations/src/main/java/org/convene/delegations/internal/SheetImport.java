package org.convene.delegations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.Person;
import org.convene.delegations.RowProblem;
import org.convene.delegations.SheetFormat;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;

/**
 * Reads an uploaded file ({@link CsvSheet} or {@link XlsxSheet}) and checks every row with the rules
 * of a single nomination ({@link PersonRules}), plus what only a file can get wrong: its encoding,
 * size, columns, formulas, and the same e-mail twice. Touches no database. Cells are kept as
 * written (a leading {@code =} is text here; exports neutralise formulas).
 */
final class SheetImport {
    static final String COLUMNS = SheetColumns.COLUMNS;
    static final String CELLS = "import.row.cells";
    static final String UNKNOWN_VALUE = "import.value.unknown";
    static final String REPEATED_EMAIL = "import.email.repeated";

    /** A row that passed every check, as it would be stored, with its answers to the extra questions. */
    record Row(int row, Person person, Map<Long, String> answers) {
    }

    /** {@code rows} data rows read; {@code valid} those without problems. */
    record Parsed(int rows, List<RowProblem> problems, List<Row> valid) {
        boolean isClean() {
            return problems.isEmpty();
        }

        /** The problems as one refusal, each field named with its row. */
        InvalidInputException refusal() {
            return new InvalidInputException(problems.stream().map(p -> p.concernsFile()
                    ? new FieldProblem(RowProblem.FILE_FIELD, p.code(), p.message())
                    : new FieldProblem("rows[" + p.row() + "]." + p.field(), p.code(), "row " + p.row() + ": " + p.message()))
                    .toList());
        }
    }

    private SheetImport() {
    }

    static Parsed read(SheetFormat format, InputStream file) {
        return read(format, file, List.of());
    }

    /** With the summit's extra questions, read from the columns named by their labels. */
    static Parsed read(SheetFormat format, InputStream file, List<FieldDefinition> fields) {
        byte[] bytes;
        try {
            bytes = file.readNBytes((int) BulkRegistration.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > BulkRegistration.MAX_BYTES) {
            long mb = BulkRegistration.MAX_BYTES / (1024 * 1024);
            return refused(Sheet.refused(Sheet.TOO_LARGE, "the file is larger than " + mb + " MB", Long.toString(mb)));
        }
        Sheet sheet = format == SheetFormat.XLSX ? XlsxSheet.read(bytes) : CsvSheet.read(bytes);
        return check(sheet, fields);
    }

    static Parsed check(Sheet sheet) {
        return check(sheet, List.of());
    }

    static Parsed check(Sheet sheet, List<FieldDefinition> fields) {
        if (sheet.problem() != null) {
            return refused(sheet);
        }
        Sheet headerProblem = SheetColumns.check(sheet.header(), fields.stream().map(FieldDefinition::label).toList());
        if (headerProblem != null) {
            return refused(headerProblem);
        }
        if (sheet.lines().isEmpty()) {
            return refused(Sheet.refused(Sheet.EMPTY, "the file has no rows below its header"));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sheet.header().size(); i++) {
            index.put(sheet.header().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<RowProblem> problems = new ArrayList<>();
        List<Row> valid = new ArrayList<>();
        Map<String, Integer> firstRowOfEmail = new HashMap<>();
        for (Sheet.Line line : sheet.lines()) {
            int row = line.row();
            List<RowProblem> found = new ArrayList<>();
            Person person = person(line, sheet, index, found);
            Map<Long, String> answers = answers(line, index, fields, found);
            if (person != null) {
                String email = person.email();
                if (email != null && !email.isBlank()) {
                    Integer first = firstRowOfEmail.putIfAbsent(email, row);
                    if (first != null) {
                        found.add(new RowProblem(row, "email", REPEATED_EMAIL, "the same e-mail as row " + first, List.of(first.toString())));
                    }
                }
            }
            if (found.isEmpty()) {
                valid.add(new Row(row, person, answers));
            } else {
                problems.addAll(found);
            }
        }
        return new Parsed(sheet.lines().size(), problems, valid);
    }

    /** The person of a row, checked and normalised; null with the row's problems added when it has any. */
    private static Person person(Sheet.Line line, Sheet sheet, Map<String, Integer> index, List<RowProblem> found) {
        int row = line.row();
        List<String> cells = line.cells();
        List<String> header = sheet.header();
        boolean tooLong = cells.size() > header.size() && !(sheet.shortRowsAllowed() && Sheet.isBlank(cells.subList(header.size(), cells.size())));
        boolean tooShort = cells.size() < header.size() && !sheet.shortRowsAllowed();
        if (tooLong || tooShort) {
            found.add(new RowProblem(row, "row", CELLS, "the row has " + cells.size() + " cells, the header " + header.size(),
                    List.of(Integer.toString(cells.size()), Integer.toString(header.size()))));
            return null;
        }
        for (int column : line.formulaColumns()) {
            String field = column < header.size() ? SheetColumns.canonical(header.get(column)) : "row";
            found.add(new RowProblem(row, field, Sheet.FORMULA, "a formula is not accepted; type the value itself"));
        }
        Cells get = column -> {
            int i = index.get(column.toLowerCase(Locale.ROOT));
            return i < cells.size() ? cells.get(i) : "";
        };
        Gender gender = choice(get, row, "gender", Gender.class, found);
        DelegateRole role = choice(get, row, "role", DelegateRole.class, found);
        Person raw = new Person(get.cell("givenName"), get.cell("familyName"), get.cell("latinGivenName"),
                get.cell("latinFamilyName"), get.cell("organisation"), get.cell("title"),
                get.cell("nationality"), get.cell("residence"), gender, get.cell("email"), role,
                get.cell("accessibilityNeeds"), get.cell("dietaryNeeds"));
        Set<String> reported = found.stream().map(RowProblem::field).collect(Collectors.toSet());
        Person checked = null;
        try {
            checked = PersonRules.check(raw);
        } catch (InvalidInputException e) {
            e.problems().stream().filter(p -> !reported.contains(p.field()))
                    .forEach(p -> found.add(new RowProblem(row, p.field(), p.code(), p.message())));
        }
        if (!found.isEmpty()) {
            checked = null;
        }
        // A row with problems still gives its e-mail, so a repeated one is reported as well.
        return checked != null ? checked : new Person(null, null, null, null, null, null, null, null, null,
                raw.email() == null ? null : raw.email().strip().toLowerCase(Locale.ROOT), null, null, null);
    }

    /**
     * The row's answers to the extra questions, checked as a nomination's are; a problem names the
     * question's column (its label). Empty when the summit asks none.
     */
    private static Map<Long, String> answers(Sheet.Line line, Map<String, Integer> index, List<FieldDefinition> fields,
                                             List<RowProblem> found) {
        if (fields.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> given = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        for (FieldDefinition field : fields) {
            labelOf.put("custom." + field.id(), field.label());
            Integer column = index.get(field.label().strip().toLowerCase(Locale.ROOT));
            if (column != null && column < line.cells().size()) {
                given.put(field.id(), line.cells().get(column));
            }
        }
        try {
            return CustomAnswers.check(fields, given);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> found.add(new RowProblem(line.row(), labelOf.getOrDefault(p.field(), p.field()), p.code(), p.message())));
            return Map.of();
        }
    }

    /** A cell of the current row by column name. */
    private interface Cells {
        String cell(String column);
    }

    /** An enum value written in any case, with spaces or hyphens for underscores; blank is none. */
    private static <E extends Enum<E>> E choice(Cells cells, int row, String column, Class<E> type, List<RowProblem> found) {
        String value = cells.cell(column).strip();
        if (value.isEmpty()) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        found.add(new RowProblem(row, column, UNKNOWN_VALUE, column + " must be one of " + allowed, List.of(allowed)));
        return null;
    }

    private static Parsed refused(Sheet sheet) {
        return new Parsed(sheet.lines().size(), List.of(sheet.problem()), List.of());
    }

}
