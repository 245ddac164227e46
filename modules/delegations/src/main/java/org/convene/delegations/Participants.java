package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of who takes part in a summit, for other modules (the programme names its
 * chairs and speakers and finds a signed-in attendee's registration). No access checks: callers
 * decide what they show; it gives names and groups, never contact or personal details.
 */
public interface Participants {
    /** The registrations with these ids that exist; unknown ids are left out. */
    Map<Long, Participant> byIds(Collection<Long> registrationIds);

    /** The summit's registrations that hold a place (nominated to checked in), in order of arrival. */
    List<Participant> holdingPlace(long summitId);

    /** The registration with this e-mail in the summit, compared without case. */
    Optional<Participant> byEmail(long summitId, String email);

    /**
     * The UN M49 continent of each registration's nationality ("150" Europe …, as the participation
     * figures count regions), {@link SummitFigures#UNSPECIFIED} when unknown; unknown ids are left out.
     */
    Map<Long, String> continents(Collection<Long> registrationIds);

    /**
     * E-mail, organisation and nationality of these registrations; unknown ids are left out. Only for
     * modules that write to people about what they booked (the Open Space) and list those who chose
     * to be findable: callers show no e-mail to anyone else.
     */
    Map<Long, Listing> listings(Collection<Long> registrationIds);

    /** The summit's stakeholder groups, in order of creation. */
    List<GroupRef> groupsOf(long summitId);

    /** @param name given and family name as written, in the person's own script */
    @Serdeable
    record Participant(long registrationId, long summitId, long groupId, String name, @Nullable String latinName,
                       RegistrationStatus status) {
    }

    /** A group without its quota: what it is and which state or name it carries. */
    @Serdeable
    record GroupRef(long id, long summitId, GroupKind kind, @Nullable String stateCode, @Nullable String name) {
    }

    /** @param nationality ISO 3166-1 alpha-2 */
    @Serdeable
    record Listing(long registrationId, String email, String organisation, String nationality) {
    }
}
