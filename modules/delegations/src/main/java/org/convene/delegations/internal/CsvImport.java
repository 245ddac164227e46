package org.convene.delegations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.Person;
import org.convene.delegations.RowProblem;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;

/**
 * Reads an uploaded CSV file and checks every row with the rules of a single nomination
 * ({@link PersonRules}), plus what only a file can get wrong: its encoding, size, columns, and the
 * same e-mail twice. Touches no database. Cells are kept as written (a leading {@code =} is text
 * here; exports neutralise formulas).
 */
final class CsvImport {
    static final String EMPTY = "import.file.empty";
    static final String NOT_UTF8 = "import.file.not-utf8";
    static final String TOO_LARGE = "import.file.too-large";
    static final String TOO_MANY_ROWS = "import.file.too-many-rows";
    static final String COLUMNS = "import.file.columns";
    static final String MALFORMED = "import.file.malformed";
    static final String CELLS = "import.row.cells";
    static final String UNKNOWN_VALUE = "import.value.unknown";
    static final String REPEATED_EMAIL = "import.email.repeated";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** A row that passed every check, as it would be stored. */
    record Row(int row, Person person) {
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

    private CsvImport() {
    }

    static Parsed read(InputStream csv) {
        byte[] bytes;
        try {
            bytes = csv.readNBytes((int) BulkRegistration.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > BulkRegistration.MAX_BYTES) {
            return fileProblem(0, TOO_LARGE, "the file is larger than " + BulkRegistration.MAX_BYTES / (1024 * 1024) + " MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fileProblem(0, NOT_UTF8, "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return fileProblem(0, EMPTY, "the file is empty");
        }
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            return read(parser);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return fileProblem(0, MALFORMED, "the file is not valid CSV: " + e.getMessage());
        }
    }

    private static Parsed read(CSVParser parser) {
        var records = parser.iterator();
        CSVRecord header = records.next();
        String columnProblem = columnProblem(header);
        if (columnProblem != null) {
            return fileProblem(0, COLUMNS, columnProblem);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        int rows = 0;
        List<RowProblem> problems = new ArrayList<>();
        List<Row> valid = new ArrayList<>();
        Map<String, Integer> firstRowOfEmail = new HashMap<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows++;
            if (rows > BulkRegistration.MAX_ROWS) {
                return fileProblem(rows, TOO_MANY_ROWS, "the file has more than " + BulkRegistration.MAX_ROWS + " rows");
            }
            int row = Math.toIntExact(record.getRecordNumber());
            List<RowProblem> found = new ArrayList<>();
            Person person = person(record, index, row, found);
            if (person != null) {
                String email = person.email();
                if (email != null && !email.isBlank()) {
                    Integer first = firstRowOfEmail.putIfAbsent(email, row);
                    if (first != null) {
                        found.add(new RowProblem(row, "email", REPEATED_EMAIL, "the same e-mail as row " + first));
                    }
                }
            }
            if (found.isEmpty()) {
                valid.add(new Row(row, person));
            } else {
                problems.addAll(found);
            }
        }
        if (rows == 0) {
            return fileProblem(0, EMPTY, "the file has no rows below its header");
        }
        return new Parsed(rows, problems, valid);
    }

    /** The person of a row, checked and normalised; null with the row's problems added when it has any. */
    private static Person person(CSVRecord record, Map<String, Integer> index, int row, List<RowProblem> found) {
        if (record.size() != BulkRegistration.COLUMNS.size()) {
            found.add(new RowProblem(row, "row", CELLS, "the row has " + record.size() + " cells, the header "
                    + BulkRegistration.COLUMNS.size()));
            return null;
        }
        Gender gender = choice(record, index, row, "gender", Gender.class, found);
        DelegateRole role = choice(record, index, row, "role", DelegateRole.class, found);
        Person raw = new Person(cell(record, index, "givenName"), cell(record, index, "familyName"), cell(record, index, "latinGivenName"),
                cell(record, index, "latinFamilyName"), cell(record, index, "organisation"), cell(record, index, "title"),
                cell(record, index, "nationality"), cell(record, index, "residence"), gender, cell(record, index, "email"), role,
                cell(record, index, "accessibilityNeeds"), cell(record, index, "dietaryNeeds"));
        Set<String> reported = found.stream().map(RowProblem::field).collect(Collectors.toSet());
        Person checked = null;
        try {
            checked = PersonRules.check(raw);
        } catch (InvalidInputException e) {
            e.problems().stream().filter(p -> !reported.contains(p.field()))
                    .forEach(p -> found.add(new RowProblem(row, p.field(), p.code(), p.message())));
        }
        // A row with problems still gives its e-mail, so a repeated one is reported as well.
        return checked != null ? checked : new Person(null, null, null, null, null, null, null, null, null,
                raw.email() == null ? null : raw.email().strip().toLowerCase(Locale.ROOT), null, null, null);
    }

    private static String cell(CSVRecord record, Map<String, Integer> index, String column) {
        return record.get(index.get(column.toLowerCase(Locale.ROOT)));
    }

    /** An enum value written in any case, with spaces or hyphens for underscores; blank is none. */
    private static <E extends Enum<E>> E choice(CSVRecord record, Map<String, Integer> index, int row, String column, Class<E> type, List<RowProblem> found) {
        String value = cell(record, index, column).strip();
        if (value.isEmpty()) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        found.add(new RowProblem(row, column, UNKNOWN_VALUE, column + " must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    private static Parsed fileProblem(int rows, String code, String message) {
        return new Parsed(rows, List.of(new RowProblem(RowProblem.FILE, RowProblem.FILE_FIELD, code, message)), List.of());
    }

    /** What is wrong with the header, or null when it names every column once and nothing else. */
    private static String columnProblem(CSVRecord header) {
        Map<String, String> known = BulkRegistration.COLUMNS.stream()
                .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), c -> c));
        Set<String> seen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String name : header) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (!known.containsKey(key)) {
                unknown.add(name.strip());
            } else if (!seen.add(key)) {
                repeated.add(known.get(key));
            }
        }
        List<String> missing = BulkRegistration.COLUMNS.stream().filter(c -> !seen.contains(c.toLowerCase(Locale.ROOT))).toList();
        List<String> parts = new ArrayList<>();
        if (!unknown.isEmpty()) {
            parts.add("unknown columns: " + String.join(", ", unknown));
        }
        if (!missing.isEmpty()) {
            parts.add("missing columns: " + String.join(", ", missing));
        }
        if (!repeated.isEmpty()) {
            parts.add("repeated columns: " + String.join(", ", repeated));
        }
        return parts.isEmpty() ? null : "the header must name the columns " + String.join(", ", BulkRegistration.COLUMNS)
                + " (" + String.join("; ", parts) + ")";
    }
}
