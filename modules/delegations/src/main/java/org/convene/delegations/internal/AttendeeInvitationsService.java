package org.convene.delegations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.delegations.AttendeeInvitations;
import org.convene.delegations.RegistrationStatus;
import org.convene.identity.Invitations;
import org.convene.identity.PasswordLink;
import org.convene.identity.UserManagement;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;

@Singleton
@Transactional
class AttendeeInvitationsService implements AttendeeInvitations {
    private final Registrations registrations;
    private final UserManagement users;
    private final Invitations invitations;
    private final RegistrationMails mails;

    AttendeeInvitationsService(Registrations registrations, UserManagement users, Invitations invitations, RegistrationMails mails) {
        this.registrations = registrations;
        this.users = users;
        this.invitations = invitations;
        this.mails = mails;
    }

    @Override
    public boolean resend(Actor actor, long registrationId) {
        Access.requireChairOffice(actor, "resend an invitation");
        Registration r = registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
        if (r.status() != RegistrationStatus.APPROVED && r.status() != RegistrationStatus.BADGE_ISSUED
                && r.status() != RegistrationStatus.CHECKED_IN) {
            throw new ConflictException("status", "invitation.not-approved", "only an approved person is invited to the platform");
        }
        // An approval made before accounts existed (or a deactivated account) gets its account now.
        Optional<PasswordLink> link = users.findByEmail(r.email()).filter(u -> u.active() && u.grants().stream()
                        .anyMatch(g -> g.role() == org.convene.identity.Role.ATTENDEE && String.valueOf(r.summitId()).equals(g.scope())))
                .map(u -> invitations.resendInvitation(u.id()))
                .orElseGet(() -> Optional.ofNullable(invitations.inviteAttendee(r.email(), r.givenName() + " " + r.familyName(), "en",
                        r.summitId()).invitation()));
        link.ifPresent(l -> mails.invitation(r, l));
        return link.isPresent();
    }
}
