package org.convene.roundtables.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.convene.platform.NotFoundException;
import org.convene.platform.Texts;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableView;

/** The writes of roundtables, each in one transaction. */
@Singleton
@Transactional
class RoundtableWrites {
    private final RoundtableRows rows;
    private final CoChairRows coChairs;
    private final TeamMemberRows team;
    private final RoundtableData data;
    private final SeatCapacity seatCapacity;

    RoundtableWrites(RoundtableRows rows, CoChairRows coChairs, TeamMemberRows team, RoundtableData data, SeatCapacity seatCapacity) {
        this.rows = rows;
        this.coChairs = coChairs;
        this.team = team;
        this.data = data;
        this.seatCapacity = seatCapacity;
    }

    RoundtableView create(long summitId, RoundtableCommand command) {
        data.summit(summitId);
        RoundtableRules.check(command, data.themes(summitId).keySet(), data.groups(summitId));
        int number = rows.lastNumber(command.themeId()) + 1;
        RoundtableRow saved = rows.save(new RoundtableRow(null, summitId, command.themeId(), number, Texts.stripped(command.title()),
                command.format(), command.capacity(), null, null));
        saveMembers(saved.id(), command);
        return data.view(saved);
    }

    RoundtableView update(long id, RoundtableCommand command) {
        RoundtableRow stored = lock(id);
        RoundtableRules.check(command, data.themes(stored.summitId()).keySet(), data.groups(stored.summitId()));
        seatCapacity.checkReduction(id, command.capacity());
        RoundtableRow placed = stored.themeId() == command.themeId() ? stored
                : stored.withTheme(command.themeId(), rows.lastNumber(command.themeId()) + 1);
        RoundtableRow changed = rows.update(new RoundtableRow(id, stored.summitId(), placed.themeId(), placed.number(),
                Texts.stripped(command.title()), command.format(), command.capacity(), stored.sessionId(), stored.rapporteurUserId()));
        coChairs.deleteByRoundtableId(id);
        team.deleteByRoundtableId(id);
        saveMembers(id, command);
        return data.view(changed);
    }

    void delete(long id) {
        lock(id);
        rows.deleteById(id);
    }

    RoundtableRow lock(long id) {
        return rows.lock(id).orElseThrow(() -> new NotFoundException("roundtable", id));
    }

    private void saveMembers(long id, RoundtableCommand command) {
        List<String> chairs = RoundtableRules.codes(command.coChairs());
        List<CoChairRow> chairRows = new ArrayList<>();
        for (int i = 0; i < chairs.size(); i++) {
            chairRows.add(new CoChairRow(null, id, chairs.get(i), i));
        }
        coChairs.saveAll(chairRows);
        List<TeamMemberRow> members = new ArrayList<>();
        for (String state : RoundtableRules.codes(command.teamStates())) {
            members.add(new TeamMemberRow(null, id, state, null, members.size()));
        }
        for (Long group : command.teamGroupIds()) {
            members.add(new TeamMemberRow(null, id, null, group, members.size()));
        }
        if (!members.isEmpty()) {
            team.saveAll(members);
        }
    }
}
