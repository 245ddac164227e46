package org.convene.roundtables.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Texts;
import org.convene.roundtables.PaperView;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableSetup;
import org.convene.roundtables.RoundtableView;

/**
 * The writes of roundtables, each in one transaction, which also carries the programme session and
 * the rapporteur's role: a refusal by the programme or identity undoes the roundtable's change.
 * READ COMMITTED like the programme's own writes, so a write that waited for the programme's lock
 * sees the sessions committed meanwhile (under REPEATABLE READ it would check an older snapshot).
 * Under READ COMMITTED the number lock takes no gap lock: two first roundtables of a theme may pick
 * the same number, and the unique key refuses the second, which {@link RoundtableService} runs again.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class RoundtableWrites {
    private final RoundtableRows rows;
    private final CoChairRows coChairs;
    private final TeamMemberRows team;
    private final PaperRows papers;
    private final RoundtableData data;
    private final RoundtableSessions sessions;
    private final UserManagement users;
    private final Clock clock;
    private final SeatCapacity seatCapacity;

    RoundtableWrites(RoundtableRows rows, CoChairRows coChairs, TeamMemberRows team, PaperRows papers, RoundtableData data,
                     RoundtableSessions sessions, UserManagement users, Clock clock,
                     SeatCapacity seatCapacity) {
        this.rows = rows;
        this.coChairs = coChairs;
        this.team = team;
        this.papers = papers;
        this.data = data;
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
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
        return update(id, command, true);
    }

    /** {@code followSession} false when the caller places or removes the session itself right after. */
    private RoundtableView update(long id, RoundtableCommand command, boolean followSession) {
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
        if (followSession && changed.sessionId() != null) {
            Long session = sessions.follow(changed, data.view(changed).number());
            if (session == null) {
                changed = rows.update(changed.withSession(null));
            }
        }
        return data.view(changed);
    }

    /** The form's save: roundtable, room and time, rapporteur, as one. */
    RoundtableView save(long summitId, Long id, RoundtableSetup setup) {
        if (id != null && lock(id).summitId() != summitId) {
            throw new NotFoundException("roundtable", id);
        }
        RoundtableView saved = id == null ? create(summitId, setup.roundtable()) : update(id, setup.roundtable(), false);
        if (setup.scheduled()) {
            schedule(saved.id(), setup.roomId(), setup.start(), setup.end());
        } else {
            unschedule(saved.id());
        }
        return appointRapporteur(saved.id(), setup.rapporteurUserId());
    }

    void delete(long id) {
        RoundtableRow stored = lock(id);
        sessions.remove(stored.summitId(), stored.sessionId());
        if (stored.rapporteurUserId() != null) {
            users.revoke(stored.rapporteurUserId(), rapporteurGrant(id));
        }
        rows.deleteById(id);
    }

    RoundtableView appointRapporteur(long id, Long userId) {
        RoundtableRow stored = lock(id);
        if (userId != null) {
            UserView user = users.find(userId).orElseThrow(() -> InvalidInputException.of("rapporteurUserId",
                    "roundtable.rapporteur.unknown", "there is no account with this id"));
            if (!user.active()) {
                throw InvalidInputException.of("rapporteurUserId", "roundtable.rapporteur.inactive", "the account is deactivated");
            }
        }
        if (Objects.equals(stored.rapporteurUserId(), userId)) {
            if (userId != null) {
                users.grant(userId, rapporteurGrant(id));
            }
            return data.view(stored);
        }
        if (stored.rapporteurUserId() != null) {
            users.revoke(stored.rapporteurUserId(), rapporteurGrant(id));
        }
        if (userId != null) {
            users.grant(userId, rapporteurGrant(id));
        }
        return data.view(rows.update(stored.withRapporteur(userId)));
    }

    RoundtableView schedule(long id, Long roomId, LocalDateTime start, LocalDateTime end) {
        RoundtableRow stored = lock(id);
        long session = sessions.place(stored, data.view(stored).number(), roomId, start, end);
        return data.view(Objects.equals(stored.sessionId(), session) ? stored : rows.update(stored.withSession(session)));
    }

    RoundtableView unschedule(long id) {
        RoundtableRow stored = lock(id);
        if (stored.sessionId() == null) {
            return data.view(stored);
        }
        sessions.remove(stored.summitId(), stored.sessionId());
        return data.view(rows.update(stored.withSession(null)));
    }

    PaperView storePaper(long id, String fileName, byte[] content, String sha256, long userId) {
        lock(id);
        PaperRow row = new PaperRow(id, fileName, content, content.length, sha256, userId, clock.instant());
        papers.store(row.roundtableId(), row.fileName(), row.content(), row.size(), row.sha256(), row.uploadedBy(), row.uploadedAt());
        return new PaperView(row.fileName(), row.size(), row.sha256(), row.uploadedBy(), row.uploadedAt());
    }

    void removePaper(long id) {
        lock(id);
        papers.deleteById(id);
    }

    RoundtableRow lock(long id) {
        return rows.lock(id).orElseThrow(() -> new NotFoundException("roundtable", id));
    }

    static RoleGrant rapporteurGrant(long roundtableId) {
        return new RoleGrant(Role.RAPPORTEUR, String.valueOf(roundtableId));
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
