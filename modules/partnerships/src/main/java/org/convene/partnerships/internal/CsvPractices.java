package org.convene.partnerships.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convene.partnerships.ImportProblem;
import org.convene.partnerships.PracticeCommand;
import org.convene.partnerships.PracticeLimits;
import org.convene.platform.InvalidInputException;

/**
 * Reads and checks an import file without touching the database: strict UTF-8 (a byte-order mark
 * is allowed), RFC 4180 (Apache Commons CSV), the header row first with exactly the columns of
 * {@link PracticeLimits#COLUMNS} in any order. Every row is checked by {@link PracticeRules}; a row
 * naming the same practice as an earlier row is reported too. Blank rows are skipped.
 */
final class CsvPractices {
    static final String NOT_UTF8 = "practice.import.not-utf8";
    static final String EMPTY = "practice.import.empty";
    static final String TOO_LARGE = "practice.import.too-large";
    static final String TOO_MANY_ROWS = "practice.import.too-many-rows";
    static final String HEADER = "practice.import.header";
    static final String UNCLOSED_QUOTE = "practice.import.unclosed-quote";
    static final String MALFORMED = "practice.import.malformed";
    static final String CELLS = "practice.import.cells";
    static final String REPEATED = "practice.import.repeated";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    /** The columns as the file names them, by the fields of a command. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("sdgTargets", "sdg_targets", "name", "name", "period", "period",
            "location", "location", "aim", "aim", "partners", "partners", "source", "source");

    /** A row that passed every check. */
    record Row(int row, Checked practice) {
    }

    /** {@code rows}: data rows read (blank ones not counted). */
    record Parsed(int rows, List<Row> valid, List<ImportProblem> problems) {
    }

    private CsvPractices() {
    }

    static Parsed read(byte[] bytes) {
        if (bytes.length > PracticeLimits.FILE_MAX_BYTES) {
            long mb = PracticeLimits.FILE_MAX_BYTES / (1024 * 1024);
            return refused(0, 0, TOO_LARGE, "the file is larger than " + mb + " MB", Long.toString(mb));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return refused(0, 0, NOT_UTF8, "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return refused(0, 0, EMPTY, "the file is empty");
        }
        List<Row> valid = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int rows = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.next().toList();
            Map<String, Integer> index = columns(header);
            if (index == null) {
                return refused(1, 1, HEADER, "the header must name exactly the columns " + String.join(",", PracticeLimits.COLUMNS)
                        + "; found " + String.join(",", header), String.join(",", PracticeLimits.COLUMNS));
            }
            Map<String, Integer> firstRowOf = new HashMap<>();
            long lineBefore = parser.getCurrentLineNumber();
            int lastRow = 1;
            while (true) {
                int line = Math.toIntExact(lineBefore + 1);
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // Commons CSV stops at the broken row: nothing after it can be read.
                    problems.add(brokenRow(lastRow + 1, line, e));
                    return new Parsed(rows + 1, valid, problems);
                }
                lineBefore = parser.getCurrentLineNumber();
                int row = Math.toIntExact(record.getRecordNumber());
                lastRow = row;
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (++rows > PracticeLimits.FILE_MAX_ROWS) {
                    return refused(0, 0, TOO_MANY_ROWS, "the file has more than " + PracticeLimits.FILE_MAX_ROWS + " rows",
                            Integer.toString(PracticeLimits.FILE_MAX_ROWS));
                }
                check(row, line, cells, header.size(), index, firstRowOf, valid, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return refused(1, 1, MALFORMED, "the file is not valid CSV: " + e.getMessage());
        }
        return new Parsed(rows, valid, problems);
    }

    private static void check(int row, int line, List<String> cells, int width, Map<String, Integer> index,
                              Map<String, Integer> firstRowOf, List<Row> valid, List<ImportProblem> problems) {
        if (cells.size() != width) {
            problems.add(new ImportProblem(row, line, null, CELLS, "the row has " + cells.size() + " cells, the header " + width,
                    List.of(Integer.toString(cells.size()), Integer.toString(width))));
            return;
        }
        PracticeCommand command = new PracticeCommand(cells.get(index.get("name")), null, cells.get(index.get("sdg_targets")),
                cells.get(index.get("period")), cells.get(index.get("location")), null, cells.get(index.get("aim")),
                cells.get(index.get("partners")), cells.get(index.get("source")));
        Checked checked;
        try {
            checked = PracticeRules.check(command);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> {
                String column = COLUMN_OF_FIELD.getOrDefault(p.field(), p.field());
                // The cell as written, so a translated message can show what was not understood.
                List<String> cell = index.containsKey(column) ? List.of(cells.get(index.get(column)).strip()) : List.of();
                problems.add(new ImportProblem(row, line, column, p.code(), column + ": " + p.message(), cell));
            });
            return;
        }
        Integer first = firstRowOf.putIfAbsent(checked.fingerprint(), row);
        if (first != null) {
            problems.add(new ImportProblem(row, line, "name", REPEATED,
                    "the same practice (name, location and period) as row " + first, List.of(first.toString())));
            return;
        }
        valid.add(new Row(row, checked));
    }

    private static ImportProblem brokenRow(int row, int line, RuntimeException e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return new ImportProblem(row, line, null, UNCLOSED_QUOTE,
                    "a quoted field opens in this row and is never closed, so the rest of the file could not be read", List.of());
        }
        return new ImportProblem(row, line, null, MALFORMED,
                "this row is not valid CSV (text after a closing quote?), so the rest of the file could not be read", List.of());
    }

    /** Column name (lower case) → index, or null unless the header names each column once and nothing else. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!PracticeLimits.COLUMNS.contains(column) || index.put(column, i) != null) {
                return null;
            }
        }
        return index.size() == PracticeLimits.COLUMNS.size() ? index : null;
    }

    private static Parsed refused(int row, int line, String code, String message, String... args) {
        return new Parsed(0, List.of(), List.of(new ImportProblem(row, line, null, code, message, List.of(args))));
    }
}
