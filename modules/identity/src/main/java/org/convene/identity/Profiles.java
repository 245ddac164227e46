package org.convene.identity;

import java.util.Collection;
import java.util.Map;

/** Each person's own profile; only they change it (the UI and API pass the signed-in user's id). */
public interface Profiles {
    /** The profile, empty (and not findable) for someone who never filled it in. */
    Profile of(long userId);

    /**
     * @throws org.convene.platform.InvalidInputException for a bio or interests too long
     * @throws org.convene.platform.NotFoundException for an unknown user
     */
    Profile update(long userId, Profile profile);

    /**
     * The profiles of the accounts with these e-mails that chose to be findable, by e-mail in lower
     * case; everyone else is left out. For the Open Space's directory of attendees.
     */
    Map<String, Profile> findableByEmail(Collection<String> emails);
}
