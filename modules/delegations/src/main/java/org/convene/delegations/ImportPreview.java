package org.convene.delegations;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a confirmation of a file would do: {@code rows} data rows read, the {@code problems} that
 * stop it (none means it may be confirmed), how many people it would create and how many are
 * already registered in the summit and would be skipped.
 */
@Serdeable
public record ImportPreview(int rows, List<RowProblem> problems, int toCreate, int alreadyRegistered) {
    public ImportPreview {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
