package org.convene.delegations.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.convene.delegations.BulkRegistration;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an Excel workbook (.xlsx), streaming, as text. Formulas are never
 * evaluated (fastexcel has no engine): a formula cell is marked so the row is refused. A workbook
 * is a zip that may unpack to far more than its 10 MB, so it is refused when it unpacks to more
 * than {@link #MAX_UNPACKED_BYTES}, and reading stops at a bound of rows, of cells in a row and of
 * characters in all.
 */
final class XlsxSheet {
    static final int MAX_CELLS_IN_ROW = 100;
    static final long MAX_CHARACTERS = 50L * 1024 * 1024;
    /** What a workbook may unpack to: a 10,000-row sheet of this template is far below it. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    private XlsxSheet() {
    }

    static Sheet read(byte[] bytes) {
        if (bytes.length == 0) {
            return Sheet.empty();
        }
        if (bytes.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            return notXlsx();
        }
        try {
            if (!ZipBudget.fits(bytes, MAX_UNPACKED_BYTES)) {
                return Sheet.refused(Sheet.TOO_LARGE, "the workbook unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB",
                        Long.toString(MAX_UNPACKED_BYTES / (1024 * 1024)));
            }
        } catch (IOException | RuntimeException e) {
            return notXlsx();
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return read(rows.iterator());
        } catch (IOException | RuntimeException e) {
            // A zip that is no workbook, a damaged sheet, XML that does not parse: all one answer.
            return notXlsx();
        }
    }

    private static Sheet read(Iterator<Row> rows) {
        List<String> header = null;
        List<Sheet.Line> lines = new ArrayList<>();
        long characters = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.getCellCount() > MAX_CELLS_IN_ROW) {
                return Sheet.refused(Sheet.MALFORMED, "row " + row.getRowNum() + " has more than " + MAX_CELLS_IN_ROW + " cells");
            }
            List<String> cells = new ArrayList<>();
            List<Integer> formulas = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                Cell cell = row.getCell(i);
                if (cell != null && cell.getType() == CellType.FORMULA) {
                    formulas.add(i);
                }
                String text = text(cell);
                characters += text.length();
                cells.add(text);
            }
            if (characters > MAX_CHARACTERS) {
                return Sheet.refused(Sheet.TOO_LARGE, "the workbook holds too much text", "10");
            }
            if (header == null) {
                if (!Sheet.isBlank(cells)) {
                    header = cells;
                }
                continue;
            }
            if (Sheet.isBlank(cells) && formulas.isEmpty()) {
                continue;
            }
            if (lines.size() == BulkRegistration.MAX_ROWS) {
                return Sheet.tooManyRows(BulkRegistration.MAX_ROWS);
            }
            lines.add(new Sheet.Line(row.getRowNum(), cells, formulas));
        }
        return header == null ? Sheet.empty() : Sheet.of(header, lines, true);
    }

    /** A cell as a person typed it: text as is, numbers without a spurious ".0", nothing for a formula. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case STRING -> cell.asString() == null ? "" : cell.asString();
            case NUMBER -> cell.asNumber() == null ? "" : plain(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case FORMULA, ERROR, EMPTY -> "";
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static Sheet notXlsx() {
        return Sheet.refused(Sheet.NOT_XLSX, "the file is not an Excel workbook (.xlsx); save it as \"Excel Workbook\" or upload CSV");
    }
}
