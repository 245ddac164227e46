package org.convene.roundtables.internal;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.convene.platform.InvalidInputException;
import org.convene.programme.Audience;
import org.convene.programme.Programme;
import org.convene.programme.ProgrammeLimits;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.convene.programme.SessionView;
import org.convene.summit.RoomView;
import org.convene.summit.SummitSetup;

/**
 * A roundtable's programme session, written through the programme's facade in the caller's
 * transaction, so the programme's rules (room taken, summit dates) hold and a refusal undoes the
 * roundtable's change too. A new session is by invitation with nobody invited yet: the seated
 * delegates are its audience. What the chair office set on the session in the programme editor
 * (chairs, speakers, invitations) is kept when the roundtable moves or is renamed.
 */
@Singleton
class RoundtableSessions {
    static final String SEPARATOR = " – ";
    private final Programme programme;
    private final SummitSetup setup;

    RoundtableSessions(Programme programme, SummitSetup setup) {
        this.programme = programme;
        this.setup = setup;
    }

    /** Creates or moves the roundtable's session; answers its id. */
    long place(RoundtableRow row, String number, Long roomId, LocalDateTime start, LocalDateTime end) {
        if (roomId != null) {
            room(row.summitId(), roomId).ifPresent(room -> {
                if (room.capacity() < row.capacity()) {
                    throw InvalidInputException.of("roomId", "roundtable.room.too-small",
                            room.name() + " seats " + room.capacity() + ", fewer than the roundtable's " + row.capacity() + " seats");
                }
            });
        }
        Optional<SessionView> current = current(row.summitId(), row.sessionId());
        SessionCommand command = command(row, number, roomId, start, end, current);
        return current.isPresent() ? programme.update(current.get().id(), command).id() : programme.create(row.summitId(), command).id();
    }

    /**
     * Brings the session in line with the roundtable after an edit (number, title, theme, seats);
     * answers the session id still valid, or null when the session was deleted in the programme.
     */
    Long follow(RoundtableRow row, String number) {
        Optional<SessionView> current = current(row.summitId(), row.sessionId());
        if (current.isEmpty()) {
            return null;
        }
        SessionView s = current.get();
        room(row.summitId(), s.roomId()).ifPresent(room -> {
            if (room.capacity() < row.capacity()) {
                throw InvalidInputException.of("capacity", "roundtable.capacity.room",
                        "the roundtable meets in " + room.name() + ", which seats only " + room.capacity());
            }
        });
        programme.update(s.id(), command(row, number, s.roomId(), s.start(), s.end(), current));
        return s.id();
    }

    /** Removes the session; nothing happens when it is already gone. */
    void remove(long summitId, Long sessionId) {
        if (current(summitId, sessionId).isPresent()) {
            programme.delete(sessionId);
        }
    }

    /**
     * The session, or empty when it was deleted in the programme editor (the roundtable is then simply
     * no longer scheduled). Looked up in the summit's list: asking for one unknown id would throw out
     * of the programme's transactional facade and mark the caller's transaction for rollback.
     */
    Optional<SessionView> current(long summitId, Long sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return programme.sessions(summitId).stream().filter(s -> s.id() == sessionId).findFirst();
    }

    Optional<RoomView> room(long summitId, long roomId) {
        return setup.rooms(summitId).stream().filter(r -> r.id() == roomId).findFirst();
    }

    /** "RT 1.2 – Fair recruitment", cut to the programme's title limit. */
    static String title(String number, String title) {
        String full = number + SEPARATOR + title;
        int max = ProgrammeLimits.TITLE_MAX;
        return full.codePointCount(0, full.length()) <= max ? full : full.substring(0, full.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static SessionCommand command(RoundtableRow row, String number, Long roomId, LocalDateTime start, LocalDateTime end,
                                          Optional<SessionView> current) {
        List<Long> chairs = current.map(s -> ids(s.chairs())).orElse(List.of());
        List<Long> speakers = current.map(s -> ids(s.speakers())).orElse(List.of());
        List<Long> invited = current.map(s -> ids(s.invited())).orElse(List.of());
        Audience audience = current.map(SessionView::audience).orElse(Audience.INVITATION);
        Long group = current.map(s -> s.audienceGroup() == null ? null : s.audienceGroup().id()).orElse(null);
        return new SessionCommand(SessionKind.ROUNDTABLE, title(number, row.title()), row.themeId(), roomId, start, end, chairs, speakers,
                audience, group, invited, row.capacity());
    }

    private static List<Long> ids(List<org.convene.programme.PersonRef> people) {
        return people.stream().map(org.convene.programme.PersonRef::registrationId).toList();
    }
}
