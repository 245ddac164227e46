package org.convene.partnerships;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Why one row of an import file was not imported.
 *
 * @param row     the row as a spreadsheet numbers it (the header is row 1; a record spanning
 *                several lines is one row); 0 for the file as a whole
 * @param line    the line of the file the row starts on (differs from the row after fields that span lines)
 * @param column  the column at fault, or null for the row or the file
 * @param code    a translation key
 * @param message in English, naming the column
 * @param args    the values the translation fills in; for a problem of a cell, the cell as written
 */
@Serdeable
public record ImportProblem(int row, int line, String column, String code, String message, List<String> args) {
}
