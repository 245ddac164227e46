package org.convene.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.convene.programme.Conflict;
import org.convene.programme.ConflictKind;
import org.convene.summit.RoomView;

/**
 * Nobody and no room is in two places at once, sessions stay within the summit's days, and rooms
 * hold their audience. Plain Java over {@link Slot}s, so the rules are tested without a database.
 */
final class ConflictRules {
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Map<Long, RoomView> rooms;
    private final Map<Long, String> names;
    private final Set<Long> registered;

    /**
     * @param rooms      the summit's rooms by id
     * @param names      people's names by registration id
     * @param registered the registrations of the summit that hold a place
     */
    ConflictRules(LocalDate firstDay, LocalDate lastDay, Map<Long, RoomView> rooms, Map<Long, String> names, Set<Long> registered) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.rooms = rooms;
        this.names = names;
        this.registered = Set.copyOf(registered);
    }

    /** The conflicts of one session against the others (itself left out by id). */
    List<Conflict> of(Slot session, List<Slot> others) {
        List<Conflict> found = new ArrayList<>(own(session));
        for (Slot other : others) {
            if (other.id() != session.id() && session.overlaps(other)) {
                found.addAll(between(session, other));
            }
        }
        return found;
    }

    /** Every conflict among the sessions: each overlapping pair once, ordered by the first session's start. */
    List<Conflict> all(List<Slot> sessions) {
        List<Slot> byStart = sessions.stream().sorted(Comparator.comparing(Slot::start).thenComparingLong(Slot::id)).toList();
        List<Conflict> found = new ArrayList<>();
        for (int i = 0; i < byStart.size(); i++) {
            Slot first = byStart.get(i);
            found.addAll(own(first));
            // Sorted by start: once a later session starts at or after this one's end, none after it overlaps.
            for (int j = i + 1; j < byStart.size() && byStart.get(j).start().isBefore(first.end()); j++) {
                found.addAll(between(first, byStart.get(j)));
            }
        }
        return found;
    }

    boolean withinSummit(Slot session) {
        return !session.start().toLocalDate().isBefore(firstDay)
                && !session.end().isAfter(lastDay.plusDays(1).atStartOfDay());
    }

    private List<Conflict> own(Slot session) {
        List<Conflict> found = new ArrayList<>();
        if (!withinSummit(session)) {
            found.add(conflict(ConflictKind.OUTSIDE_SUMMIT_DATES, session, null, null, null));
        }
        RoomView room = rooms.get(session.roomId());
        if (room == null) {
            found.add(conflict(ConflictKind.ROOM_UNKNOWN, session, null, null, null));
        } else if (session.expectedAudience() != null && session.expectedAudience() > room.capacity()) {
            found.add(conflict(ConflictKind.ROOM_TOO_SMALL, session, null, room.capacity(), null));
        }
        for (long person : new TreeSet<>(session.people())) {
            if (!registered.contains(person)) {
                found.add(conflict(ConflictKind.PERSON_NOT_REGISTERED, session, null, null, person));
            }
        }
        return found;
    }

    private List<Conflict> between(Slot session, Slot other) {
        List<Conflict> found = new ArrayList<>();
        if (session.roomId() == other.roomId()) {
            found.add(conflict(ConflictKind.ROOM_DOUBLE_BOOKED, session, other, null, null));
        }
        TreeSet<Long> both = new TreeSet<>(session.people());
        both.retainAll(other.people());
        for (long person : both) {
            found.add(conflict(ConflictKind.PERSON_DOUBLE_BOOKED, session, other, null, person));
        }
        return found;
    }

    private Conflict conflict(ConflictKind kind, Slot session, Slot other, Integer capacity, Long person) {
        RoomView room = rooms.get(session.roomId());
        return new Conflict(kind, kind.hard(), session.id(), session.title(),
                other == null ? null : other.id(), other == null ? null : other.title(),
                room == null ? null : room.name(), person, person == null ? null : names.getOrDefault(person, "#" + person),
                capacity, kind == ConflictKind.ROOM_TOO_SMALL ? session.expectedAudience() : null);
    }
}
