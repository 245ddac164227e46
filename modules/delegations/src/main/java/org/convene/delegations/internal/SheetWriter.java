package org.convene.delegations.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.delegations.SheetFormat;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables of text as CSV (UTF-8 with a byte-order mark, so Excel reads Arabic or Chinese,
 * CRLF line ends) or as an .xlsx workbook (one sheet per table, every cell a string cell, never a
 * formula). Every cell passes through {@link #neutralised} first: spreadsheet-formula injection
 * (OWASP "CSV Injection") is defused in both formats.
 */
final class SheetWriter {
    /** A named table: the first row is the header. */
    record Table(String name, List<List<String>> rows) {
    }

    private static final String APPLICATION = "Convene";

    private SheetWriter() {
    }

    /**
     * The text as a spreadsheet shows it without running it: a cell that starts with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, as
     * OWASP advises, so no program takes it for a formula. Null becomes empty.
     */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    static byte[] write(SheetFormat format, List<Table> tables) {
        try {
            return format == SheetFormat.XLSX ? xlsx(tables) : csv(tables.getFirst());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            for (List<String> row : table.rows()) {
                printer.printRecord(row.stream().map(SheetWriter::neutralised).toList());
            }
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(List<Table> tables) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, APPLICATION, "1.0");
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(table.name());
            List<List<String>> rows = table.rows();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r, c, neutralised(row.get(c)));
                }
                if (r == 0 && !row.isEmpty()) {
                    sheet.range(0, 0, 0, row.size() - 1).style().bold().set();
                }
            }
            if (!rows.isEmpty()) {
                for (int c = 0; c < rows.getFirst().size(); c++) {
                    sheet.width(c, 20);
                }
                sheet.freezePane(0, 1);
            }
            sheet.finish();
        }
        workbook.finish();
        return out.toByteArray();
    }
}
