package org.convene.programme.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.platform.InvalidInputException;
import org.convene.platform.FieldProblem;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.DeadlockRetry;
import org.convene.programme.AudienceGroup;
import org.convene.programme.Conflict;
import org.convene.programme.PersonRef;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionView;

/** The facade: writes in {@link SessionWrites}, each retried as a whole on deadlock; reads here. */
@Singleton
class ProgrammeService implements Programme {
    private final SessionWrites writes;
    private final Sessions sessions;
    private final Calendars calendars;
    private final ProgrammeData data;

    ProgrammeService(SessionWrites writes, Sessions sessions, Calendars calendars, ProgrammeData data) {
        this.writes = writes;
        this.sessions = sessions;
        this.calendars = calendars;
        this.data = data;
    }

    @Override
    public SessionView create(long summitId, SessionCommand command) {
        ensureCalendar(summitId);
        return DeadlockRetry.run(() -> writes.create(summitId, command));
    }

    @Override
    public SessionView update(long sessionId, SessionCommand command) {
        sessions.findById(sessionId).ifPresent(s -> ensureCalendar(s.summitId()));
        return DeadlockRetry.run(() -> writes.update(sessionId, command));
    }

    @Override
    public void delete(long sessionId) {
        sessions.findById(sessionId).ifPresent(s -> ensureCalendar(s.summitId()));
        DeadlockRetry.run(() -> writes.delete(sessionId));
    }

    /**
     * Makes the summit's lock row exist, in a statement of its own before the write's transaction:
     * inside it, INSERT IGNORE would take a shared lock on the row that the FOR UPDATE after it
     * must upgrade, and concurrent writers holding that shared lock deadlock one another.
     */
    private void ensureCalendar(long summitId) {
        if (!calendars.existsById(summitId)) {
            DeadlockRetry.run(() -> calendars.ensure(summitId));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public SessionView session(long sessionId) {
        SessionRow row = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        return data.views(row.summitId(), List.of(row)).getFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionView> sessions(long summitId) {
        data.venue(summitId);
        return data.views(summitId, data.rows(summitId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Conflict> check(long summitId, Long sessionId, SessionCommand command) {
        if (command.roomId() == null || command.start() == null || command.end() == null || !command.end().isAfter(command.start())) {
            return List.of();
        }
        Venue venue = data.venue(summitId);
        ConflictRules rules = writes.rules(venue, command);
        return rules.of(SessionWrites.slot(sessionId == null ? 0 : sessionId, command), data.slots(data.rows(summitId)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Conflict> conflicts(long summitId) {
        Venue venue = data.venue(summitId);
        List<Slot> slots = data.slots(data.rows(summitId));
        Set<Long> named = new HashSet<>();
        slots.forEach(s -> named.addAll(s.people()));
        return new ArrayList<>(SessionWrites.rules(venue, data.names(named), data.registered(summitId)).all(slots));
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId timeZone(long summitId) {
        return ZoneId.of(calendars.findById(summitId).map(CalendarRow::timeZone).orElse(CalendarRow.DEFAULT_ZONE));
    }

    @Override
    public void setTimeZone(long summitId, String zoneId) {
        String zone;
        try {
            zone = ZoneId.of(zoneId == null ? "" : zoneId.strip()).getId();
        } catch (DateTimeException e) {
            throw new InvalidInputException(List.of(new FieldProblem("timeZone", "programme.time-zone.unknown", "unknown time zone")));
        }
        data.venue(summitId);
        ensureCalendar(summitId);
        DeadlockRetry.run(() -> writes.setTimeZone(summitId, zone));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonRef> people(long summitId) {
        return data.people(summitId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AudienceGroup> groups(long summitId) {
        return List.copyOf(data.groups(summitId).values());
    }
}
