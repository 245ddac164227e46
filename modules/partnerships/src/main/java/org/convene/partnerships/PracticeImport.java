package org.convene.partnerships;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What an import did: the good rows were saved in one transaction, every bad row is reported.
 *
 * @param imported       new practices saved
 * @param alreadyPresent good rows whose practice was in the catalogue already (same fingerprint), not saved again
 * @param rows           data rows read
 */
@Serdeable
public record PracticeImport(int imported, int alreadyPresent, int rows, List<ImportProblem> errors) {
}
