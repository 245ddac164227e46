package org.convene.roundtables.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Participants;
import org.convene.platform.NotFoundException;
import org.convene.roundtables.RoundtableView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeView;

/** Reads roundtables with what they name from other modules, by id, in the caller's transaction. */
@Singleton
class RoundtableData {
    private final RoundtableRows rows;
    private final CoChairRows coChairs;
    private final TeamMemberRows team;
    private final SummitManagement summits;
    private final SummitSetup setup;
    private final Participants participants;

    RoundtableData(RoundtableRows rows, CoChairRows coChairs, TeamMemberRows team, SummitManagement summits, SummitSetup setup,
                   Participants participants) {
        this.rows = rows;
        this.coChairs = coChairs;
        this.team = team;
        this.summits = summits;
        this.setup = setup;
        this.participants = participants;
    }

    SummitView summit(long summitId) {
        return summits.find(summitId).orElseThrow(() -> new NotFoundException("summit", summitId));
    }

    RoundtableRow row(long roundtableId) {
        return rows.findById(roundtableId).orElseThrow(() -> new NotFoundException("roundtable", roundtableId));
    }

    /** The summit's themes by id. */
    Map<Long, ThemeView> themes(long summitId) {
        return setup.themes(summitId).stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
    }

    Set<Long> groups(long summitId) {
        return participants.groupsOf(summitId).stream().map(Participants.GroupRef::id).collect(Collectors.toSet());
    }

    RoundtableView view(RoundtableRow row) {
        return views(row.summitId(), List.of(row)).getFirst();
    }

    /** The views by number: theme position, then number within the theme. */
    List<RoundtableView> views(long summitId, Collection<RoundtableRow> roundtables) {
        if (roundtables.isEmpty()) {
            return List.of();
        }
        Map<Long, ThemeView> themes = themes(summitId);
        List<Long> ids = roundtables.stream().map(RoundtableRow::id).toList();
        Map<Long, List<CoChairRow>> chairs = coChairs.findByRoundtableIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(CoChairRow::roundtableId));
        Map<Long, List<TeamMemberRow>> members = team.findByRoundtableIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(TeamMemberRow::roundtableId));
        return roundtables.stream()
                .sorted(Comparator.comparingInt((RoundtableRow r) -> position(themes, r.themeId())).thenComparingInt(RoundtableRow::number))
                .map(r -> {
                    List<TeamMemberRow> m = members.getOrDefault(r.id(), List.of());
                    return new RoundtableView(r.id(), r.summitId(), r.themeId(), number(themes, r), r.title(), r.format(), r.capacity(),
                            chairs.getOrDefault(r.id(), List.of()).stream().map(CoChairRow::stateCode).toList(),
                            m.stream().filter(t -> t.stateCode() != null).map(TeamMemberRow::stateCode).toList(),
                            m.stream().filter(t -> t.groupId() != null).map(TeamMemberRow::groupId).toList(),
                            r.sessionId(), r.rapporteurUserId());
                }).toList();
    }

    /** "RT 2.3": the theme's position in the summit, then the roundtable's number within it. */
    static String number(Map<Long, ThemeView> themes, RoundtableRow row) {
        return "RT " + position(themes, row.themeId()) + "." + row.number();
    }

    private static int position(Map<Long, ThemeView> themes, long themeId) {
        ThemeView theme = themes.get(themeId);
        return theme == null ? 0 : theme.position();
    }
}
