package org.convene.programme.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.programme.AgendaPart;

/**
 * Whether a session belongs in a person's agenda and why: chairing (before speaking, when named
 * both ways), speaking; else the person may sit in when the session is open to all, reserved for
 * their group, or they are invited.
 */
final class AgendaRules {
    private AgendaRules() {
    }

    static Optional<AgendaPart> part(SessionRow session, List<SessionPerson> named, long registrationId, long groupId) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        named.stream().filter(p -> p.registrationId() == registrationId).forEach(p -> parts.add(p.part()));
        if (parts.contains(Part.CHAIR)) {
            return Optional.of(AgendaPart.CHAIR);
        }
        if (parts.contains(Part.SPEAKER)) {
            return Optional.of(AgendaPart.SPEAKER);
        }
        boolean sitsIn = switch (session.audience()) {
            case OPEN -> true;
            case GROUP -> session.audienceGroupId() != null && session.audienceGroupId() == groupId;
            case INVITATION -> parts.contains(Part.INVITED);
        };
        return sitsIn ? Optional.of(AgendaPart.ATTENDING) : Optional.empty();
    }
}
