package org.convene.delegations;

import java.io.InputStream;
import org.convene.platform.AccessDeniedException;

/**
 * Registers many people into one group from a CSV file (UTF-8, a header row naming the columns
 * {@link #COLUMNS} in any order and case) or an Excel workbook (.xlsx, the same header and rows on
 * its first sheet). {@link #preview} checks every row with the rules of a single nomination and
 * answers what a confirmation would do; {@link #confirm} checks the file again and saves it whole
 * or not at all. A person is matched by e-mail within the summit, so uploading the same file twice
 * creates nobody twice. Cells are taken as text: a cell that looks like a formula ({@code =SUM(…)})
 * is kept as written and never evaluated, and a real formula in a workbook is refused; exports
 * neutralise such text. Access as for {@link DelegateRegistration#nominate}: writes into a group the
 * actor may not change throw {@link AccessDeniedException}.
 */
public interface BulkRegistration {
    /** The columns a file must have, as the template names them. */
    java.util.List<String> COLUMNS = java.util.List.of("email", "givenName", "familyName", "latinGivenName",
            "latinFamilyName", "organisation", "title", "nationality", "residence", "gender", "role",
            "accessibilityNeeds", "dietaryNeeds");
    int MAX_ROWS = 10_000;
    long MAX_BYTES = 10L * 1024 * 1024;

    /** Reads and checks the file; saves nothing. */
    ImportPreview preview(Actor actor, long groupId, SheetFormat format, InputStream file);

    /**
     * Saves every new person of the file in one transaction (places first, then the waiting list),
     * skipping those already registered in the summit.
     *
     * @throws org.convene.platform.InvalidInputException listing the problems {@link #preview}
     *         would report, when there is any; nothing is saved then
     */
    ImportResult confirm(Actor actor, long groupId, SheetFormat format, InputStream file);

    /** A CSV file. */
    default ImportPreview preview(Actor actor, long groupId, InputStream csv) {
        return preview(actor, groupId, SheetFormat.CSV, csv);
    }

    /** A CSV file. */
    default ImportResult confirm(Actor actor, long groupId, InputStream csv) {
        return confirm(actor, groupId, SheetFormat.CSV, csv);
    }

    /**
     * A file to fill in: the header and one example row (CSV, UTF-8 with a byte-order mark so
     * spreadsheet programs read any script), or for XLSX the same on the first sheet plus a sheet
     * of instructions.
     */
    byte[] template(SheetFormat format);

    /**
     * The template for a group: the standard columns, then one column per extra question of the
     * group's summit, named by its label (answers are read from those columns, checked as a
     * nomination's are).
     */
    byte[] template(Actor actor, long groupId, SheetFormat format);
}
