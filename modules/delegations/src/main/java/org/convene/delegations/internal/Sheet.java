package org.convene.delegations.internal;

import java.util.List;
import org.convene.delegations.RowProblem;

/**
 * An uploaded file read as text: its header and its non-blank rows, whatever the format; or the one
 * problem that makes the whole file unreadable ({@code problem} not null, nothing else read).
 * {@code shortRowsAllowed}: a workbook leaves a row's trailing empty cells out, a CSV row must have
 * as many cells as its header.
 */
record Sheet(List<String> header, List<Line> lines, boolean shortRowsAllowed, RowProblem problem) {
    static final String EMPTY = "import.file.empty";
    static final String NOT_UTF8 = "import.file.not-utf8";
    static final String NOT_XLSX = "import.file.not-xlsx";
    static final String TOO_LARGE = "import.file.too-large";
    static final String TOO_MANY_ROWS = "import.file.too-many-rows";
    static final String MALFORMED = "import.file.malformed";
    static final String FORMULA = "import.value.formula";

    /**
     * One row as the spreadsheet numbers it. {@code formulaColumns} are the indexes of cells that
     * held a formula, which is never evaluated: the row is refused for them.
     */
    record Line(int row, List<String> cells, List<Integer> formulaColumns) {
        Line(int row, List<String> cells) {
            this(row, cells, List.of());
        }
    }

    static Sheet of(List<String> header, List<Line> lines, boolean shortRowsAllowed) {
        return new Sheet(List.copyOf(header), List.copyOf(lines), shortRowsAllowed, null);
    }

    static Sheet refused(String code, String message, String... args) {
        return new Sheet(List.of(), List.of(), false, new RowProblem(RowProblem.FILE, RowProblem.FILE_FIELD, code, message, List.of(args)));
    }

    static Sheet empty() {
        return refused(EMPTY, "the file is empty");
    }

    static Sheet tooManyRows(int max) {
        return refused(TOO_MANY_ROWS, "the file has more than " + max + " rows", Integer.toString(max));
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
