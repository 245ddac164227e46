package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A roundtable as the chair office enters it.
 *
 * @param themeId      a theme of the summit; the roundtable is numbered within it
 * @param coChairs     the co-chairing states, ISO 3166-1 alpha-2, at least one
 * @param teamStates   states of the preparation team, ISO 3166-1 alpha-2
 * @param teamGroupIds stakeholder groups of the summit in the preparation team
 * @param capacity     seats, at least 1
 */
@Serdeable
public record RoundtableCommand(
        @Nullable Long themeId,
        @Nullable String title,
        @Nullable RoundtableFormat format,
        @Nullable Integer capacity,
        @Nullable List<String> coChairs,
        @Nullable List<String> teamStates,
        @Nullable List<Long> teamGroupIds) {

    public RoundtableCommand {
        coChairs = coChairs == null ? List.of() : List.copyOf(coChairs);
        teamStates = teamStates == null ? List.of() : List.copyOf(teamStates);
        teamGroupIds = teamGroupIds == null ? List.of() : List.copyOf(teamGroupIds);
    }
}
