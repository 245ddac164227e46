package org.convene.delegations;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing wrong in an uploaded file. {@code row} is the row as a spreadsheet numbers it (the
 * header is row 1, the first person row 2); a problem of the whole file (encoding, columns, size,
 * no rows) has row {@value #FILE} and field {@value #FILE_FIELD}.
 */
@Serdeable
public record RowProblem(int row, String field, String code, String message) {
    public static final int FILE = 0;
    public static final String FILE_FIELD = "file";

    public boolean concernsFile() {
        return row == FILE;
    }
}
