package org.convene.delegations.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convene.delegations.BulkRegistration;

/** Reads a CSV upload: strict UTF-8 (a byte-order mark is allowed), RFC 4180 quoting. */
final class CsvSheet {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvSheet() {
    }

    static Sheet read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Sheet.refused(Sheet.NOT_UTF8, "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Sheet.empty();
        }
        if (text.indexOf('\0') >= 0) {
            // Valid UTF-8 but binary: a spreadsheet saved under a .csv name, or junk.
            return Sheet.refused(Sheet.MALFORMED, "the file is not CSV text");
        }
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.next().toList();
            List<Sheet.Line> lines = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                if (Sheet.isBlank(cells)) {
                    continue;
                }
                if (lines.size() == BulkRegistration.MAX_ROWS) {
                    return Sheet.tooManyRows(BulkRegistration.MAX_ROWS);
                }
                lines.add(new Sheet.Line(Math.toIntExact(record.getRecordNumber()), cells));
            }
            return Sheet.of(header, lines, false);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Sheet.refused(Sheet.MALFORMED, "the file is not valid CSV: " + e.getMessage());
        }
    }
}
