package org.convene.delegations;

import java.util.List;
import org.convene.platform.AccessDeniedException;

/**
 * The registrations a list shows, as a file: the same scope (a lead or focal point gets their own
 * group's people only) and the same filter. Text that a spreadsheet could take for a formula is
 * neutralised with a leading apostrophe (OWASP "CSV Injection"); CSV is UTF-8 with a byte-order
 * mark so Excel reads any script.
 */
public interface RegistrationExport {
    /** The columns of an export: the registration, then the person as the import template names them. */
    List<String> COLUMNS = java.util.stream.Stream.concat(java.util.stream.Stream.of("id", "group", "status", "waitlistPosition"),
            BulkRegistration.COLUMNS.stream()).toList();

    /**
     * @throws AccessDeniedException when the filter names a group the actor may not see
     */
    byte[] export(Actor actor, long summitId, RegistrationFilter filter, SheetFormat format);
}
