package org.convene.programme.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Texts;
import org.convene.programme.Conflict;
import org.convene.programme.ConflictKind;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionView;

/**
 * The writes of sessions, each in one transaction under the summit's programme lock. READ
 * COMMITTED, so a writer that waited for the lock sees what the one before it committed.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class SessionWrites {
    private final Calendars calendars;
    private final Sessions sessions;
    private final SessionPeople people;
    private final ProgrammeData data;

    SessionWrites(Calendars calendars, Sessions sessions, SessionPeople people, ProgrammeData data) {
        this.calendars = calendars;
        this.sessions = sessions;
        this.people = people;
        this.data = data;
    }

    SessionView create(long summitId, SessionCommand command) {
        lock(summitId);
        Venue venue = data.venue(summitId);
        checked(summitId, 0, command, venue);
        SessionRow saved = sessions.save(row(null, summitId, UUID.randomUUID() + "@convene", 0, command));
        savePeople(saved.id(), command);
        return data.views(summitId, List.of(saved)).getFirst();
    }

    SessionView update(long sessionId, SessionCommand command) {
        long summitId = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId)).summitId();
        lock(summitId);
        // Read again under the lock: another officer may have deleted it meanwhile.
        SessionRow stored = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        Venue venue = data.venue(summitId);
        checked(summitId, sessionId, command, venue);
        SessionRow changed = sessions.update(row(sessionId, summitId, stored.uid(), stored.sequence() + 1, command));
        people.deleteBySessionId(sessionId);
        savePeople(sessionId, command);
        return data.views(summitId, List.of(changed)).getFirst();
    }

    void delete(long sessionId) {
        SessionRow stored = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        lock(stored.summitId());
        sessions.deleteById(sessionId);
    }

    void setTimeZone(long summitId, String zone) {
        lock(summitId);
        calendars.changeZone(summitId, zone);
    }

    /** The row exists: {@link ProgrammeService} makes it first, outside this transaction (see there why). */
    private void lock(long summitId) {
        calendars.lock(summitId).orElseThrow(() -> new IllegalStateException("no programme row for summit " + summitId));
    }

    /** Checks the fields, then refuses the first hard conflict with the stored sessions. */
    private void checked(long summitId, long sessionId, SessionCommand command, Venue venue) {
        Set<Long> registered = data.registered(summitId);
        ConflictRules rules = rules(venue, command, registered);
        SessionRules.check(command, venue, registered, data.groups(summitId).keySet(), rules);
        List<Conflict> found = rules.of(slot(sessionId, command), data.slots(data.rows(summitId)));
        for (Conflict conflict : found) {
            if (conflict.kind() == ConflictKind.ROOM_DOUBLE_BOOKED) {
                throw new ConflictException("roomId", "programme.room.double-booked",
                        "the room is taken at that time by: " + conflict.otherSessionTitle());
            }
            if (conflict.kind() == ConflictKind.PERSON_DOUBLE_BOOKED) {
                String field = command.chairs().contains(conflict.registrationId()) ? "chairs" : "speakers";
                throw new ConflictException(field, "programme.person.double-booked",
                        conflict.personName() + " is in another session at that time: " + conflict.otherSessionTitle());
            }
        }
    }

    ConflictRules rules(Venue venue, SessionCommand command) {
        return rules(venue, command, data.registered(venue.summit().id()));
    }

    private ConflictRules rules(Venue venue, SessionCommand command, Set<Long> registered) {
        Set<Long> named = new HashSet<>(command.chairs());
        named.addAll(command.speakers());
        return rules(venue, data.names(named), registered);
    }

    static ConflictRules rules(Venue venue, Map<Long, String> names, Set<Long> registered) {
        return new ConflictRules(venue.summit().startDate(), venue.summit().endDate(), venue.rooms(), names, registered);
    }

    static Slot slot(long sessionId, SessionCommand c) {
        Set<Long> onStage = new HashSet<>(c.chairs());
        onStage.addAll(c.speakers());
        return new Slot(sessionId, Texts.strippedOrNull(c.title()) == null ? "" : Texts.strippedOrNull(c.title()),
                c.roomId(), c.start(), c.end(), onStage, c.expectedAudience());
    }

    private static SessionRow row(Long id, long summitId, String uid, int sequence, SessionCommand c) {
        return new SessionRow(id, summitId, uid, c.kind(), Texts.strippedOrNull(c.title()), c.themeId(), c.roomId(), c.start(),
                c.end(), c.audience(), c.audience() == org.convene.programme.Audience.GROUP ? c.audienceGroupId() : null,
                c.expectedAudience(), sequence);
    }

    private void savePeople(long sessionId, SessionCommand c) {
        List<SessionPerson> rows = new ArrayList<>();
        add(rows, sessionId, c.chairs(), Part.CHAIR);
        add(rows, sessionId, c.speakers(), Part.SPEAKER);
        if (c.audience() == org.convene.programme.Audience.INVITATION) {
            add(rows, sessionId, c.invited(), Part.INVITED);
        }
        if (!rows.isEmpty()) {
            people.saveAll(rows);
        }
    }

    private static void add(List<SessionPerson> rows, long sessionId, List<Long> ids, Part part) {
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new SessionPerson(null, sessionId, ids.get(i), part, i));
        }
    }
}
