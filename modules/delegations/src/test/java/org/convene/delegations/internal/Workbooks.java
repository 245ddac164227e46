package org.convene.delegations.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Builds and reads .xlsx files for the tests, as a spreadsheet program would. */
final class Workbooks {
    private Workbooks() {
    }

    /** One sheet of text cells; a cell written {@code formula:X} becomes the formula X. */
    static byte[] of(List<List<String>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("people");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.startsWith("formula:")) {
                        sheet.formula(r, c, value.substring("formula:".length()));
                    } else if (!value.isEmpty()) {
                        sheet.value(r, c, value);
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of the first sheet, as the reader sees them. */
    static List<List<Cell>> cells(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
             var rows = workbook.getFirstSheet().openStream()) {
            return rows.map(Row::stream).map(s -> s.toList()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the workbook's sheets. */
    static List<String> sheetNames(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            return workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
