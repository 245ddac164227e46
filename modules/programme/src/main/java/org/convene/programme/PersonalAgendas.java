package org.convene.programme;

import java.util.Optional;

/**
 * Each registered person's agenda: the sessions they chair or speak in, the open sessions, their
 * group's sessions and those they are invited to; and a private calendar feed for it whose address
 * carries only a random token (stored hashed), which the person may revoke or replace.
 */
public interface PersonalAgendas {
    /** The registration of the person with this e-mail in the summit, if it holds a place. */
    Optional<Long> registrationOf(long summitId, String email);

    /** @throws org.convene.platform.NotFoundException for an unknown registration */
    PersonalAgenda agenda(long registrationId);

    /** A new feed token; any former token of the person stops working. Shown once: only its hash is kept. */
    String newFeedToken(long registrationId);

    void revokeFeed(long registrationId);

    boolean hasFeed(long registrationId);

    /** The registration whose live feed this token opens; empty for an unknown or revoked token. */
    Optional<Long> feedOwner(String token);
}
