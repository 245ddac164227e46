package org.convene.programme;

import java.time.ZoneId;
import java.util.List;
import org.convene.platform.ConflictException;

/**
 * The sessions of a summit. Writes are for the chair office (callers check the role); reads of
 * the programme are public. Sessions of one summit are written one after another (the summit's
 * programme row is locked), so two officers cannot both book a room for the same time.
 */
public interface Programme {
    /**
     * @throws org.convene.platform.InvalidInputException for bad fields, a room, theme, group or
     *         person not of this summit, or times outside the summit's dates (field {@code start})
     * @throws ConflictException field {@code roomId} when the room is taken at that time, field
     *         {@code chairs} or {@code speakers} when a person is in another session at that time
     */
    SessionView create(long summitId, SessionCommand command);

    /** As {@link #create}; the session keeps its calendar identity. */
    SessionView update(long sessionId, SessionCommand command);

    void delete(long sessionId);

    /** @throws org.convene.platform.NotFoundException for an unknown id */
    SessionView session(long sessionId);

    /** The summit's sessions by start, then room. */
    List<SessionView> sessions(long summitId);

    /**
     * What saving the command would meet, hard and soft, without saving: for warnings while the
     * form is edited. An incomplete command (no room or times yet) has no conflicts.
     *
     * @param sessionId the session being edited, or null for a new one
     */
    List<Conflict> check(long summitId, Long sessionId, SessionCommand command);

    /** Every conflict among the summit's stored sessions, by start. */
    List<Conflict> conflicts(long summitId);

    /** The zone of the venue's clocks, in which session times are given; UTC until set. */
    ZoneId timeZone(long summitId);

    /** @throws org.convene.platform.InvalidInputException field {@code timeZone} for an unknown zone */
    void setTimeZone(long summitId, String zoneId);

    /** The people who may chair, speak or be invited: registrations of the summit that hold a place, by name. */
    List<PersonRef> people(long summitId);

    /** The stakeholder groups a session may be reserved for. */
    List<AudienceGroup> groups(long summitId);
}
