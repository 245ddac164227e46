package org.convene.delegations;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One thing wrong in an uploaded file. {@code row} is the row as a spreadsheet numbers it (the
 * header is row 1, the first person row 2); a problem of the whole file (encoding, columns, size,
 * no rows) has row {@value #FILE} and field {@value #FILE_FIELD}. {@code code} is a translation key
 * and {@code args} fill its placeholders ({0}, {1}, …); {@code message} says the same in English.
 */
@Serdeable
public record RowProblem(int row, String field, String code, String message, List<String> args) {
    public static final int FILE = 0;
    public static final String FILE_FIELD = "file";

    public RowProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public RowProblem(int row, String field, String code, String message) {
        this(row, field, code, message, List.of());
    }

    public boolean concernsFile() {
        return row == FILE;
    }
}
