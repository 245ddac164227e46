package org.convene.delegations.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.convene.delegations.RegistrationApproved;
import org.convene.delegations.RegistrationRejected;
import org.convene.delegations.RegistrationWithdrawn;
import org.convene.delegations.WaitlistPromoted;
import org.convene.identity.AttendeeAccount;
import org.convene.identity.Invitations;
import org.convene.identity.PasswordLink;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.mail.MailBundle;
import org.convene.mail.Outbox;
import org.convene.platform.NotFoundException;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the delegate by mail when they are approved, rejected (with the reason) or promoted from
 * the waiting list. A plain, synchronous listener: it runs inside the transaction that changed the
 * status and writes the mail to the outbox there, so the mail commits or rolls back with the change
 * (docs/decisions/0004). The mail is in the person's language when they hold an account that names
 * one, else in English (a summit has no language of its own yet).
 */
@Singleton
class RegistrationMails {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationMails.class);
    static final String REFERENCE = "registration:";

    private final Outbox outbox;
    private final Registrations registrations;
    private final Groups groups;
    private final SummitManagement summits;
    private final UserManagement users;
    private final Erasures erasures;
    private final Invitations invitations;
    private final String publicUrl;

    RegistrationMails(Outbox outbox, Registrations registrations, Groups groups, SummitManagement summits, UserManagement users,
                      Erasures erasures, Invitations invitations, @Value("${convene.public-url:`http://localhost:8080`}") String publicUrl) {
        this.invitations = invitations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.outbox = outbox;
        this.registrations = registrations;
        this.groups = groups;
        this.summits = summits;
        this.users = users;
        this.erasures = erasures;
    }

    /**
     * The approved person becomes an attendee of the summit: an account (theirs if they have one)
     * and, while they have no password, a link to choose one, sent with the approval.
     */
    @EventListener
    void on(RegistrationApproved event) {
        current(event.registrationId()).ifPresent(r -> {
            Locale language = languageOf(r.email());
            AttendeeAccount account = invitations.inviteAttendee(r.email(), r.givenName() + " " + r.familyName(),
                    language.getLanguage(), r.summitId());
            PasswordLink link = account.invitation();
            if (link != null) {
                logWhenOffline(r, link);
            }
            send(r, language, "approved", null, link);
        });
    }

    /** Rejected: told why, and the summit's access goes at once (the account stays for any other summit). */
    @EventListener
    void on(RegistrationRejected event) {
        current(event.registrationId()).ifPresent(r -> {
            endAttendance(r);
            send(r, languageOf(r.email()), "rejected", event.reason(), null);
        });
    }

    @EventListener
    void on(RegistrationWithdrawn event) {
        registrations.findById(event.registrationId()).ifPresent(this::endAttendance);
    }

    @EventListener
    void on(WaitlistPromoted event) {
        current(event.registrationId()).ifPresent(r -> send(r, languageOf(r.email()), "promoted", null, null));
    }

    private void endAttendance(Registration r) {
        users.findByEmail(r.email()).ifPresent(user -> invitations.endAttendance(user.id(), r.summitId()));
    }

    /** The registration, unless it was erased: an erased person has no address any more. */
    private Optional<Registration> current(long registrationId) {
        Registration r = registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
        return erasures.findErasedAt(registrationId).isPresent() ? Optional.empty() : Optional.of(r);
    }

    static String reference(long registrationId) {
        return REFERENCE + registrationId;
    }

    /** A new invitation link, on its own (the chair office resent it). */
    void invitation(Registration r, PasswordLink link) {
        current(r.id()).ifPresent(current -> {
            logWhenOffline(current, link);
            send(current, languageOf(current.email()), "invitation", null, link);
        });
    }

    /** Without a mail server the link is what the person needs: logged by registration id, never the address. */
    private void logWhenOffline(Registration r, PasswordLink link) {
        if (!outbox.deliversMail()) {
            LOG.info("No mail server is configured: the invitation link of registration {} is {}", r.id(), publicUrl + link.path());
        }
    }

    private void send(Registration r, Locale language, String kind, String reason, PasswordLink invitation) {
        Group group = groups.findById(r.groupId()).orElseThrow(() -> new NotFoundException("group", r.groupId()));
        SummitView summit = summits.find(r.summitId()).orElseThrow(() -> new NotFoundException("summit", r.summitId()));
        MailTexts texts = new MailTexts(language);
        String access = invitation == null
                ? texts.format("access.sign-in", publicUrl + "/login")
                : texts.format("access.invitation", publicUrl + invitation.path(), texts.until(invitation.expiresAt()));
        Object[] arguments = {r.givenName() + " " + r.familyName(), summit.title(), summit.city(), texts.dates(summit),
                texts.group(group), reason == null ? "" : reason, access};
        outbox.enqueue(texts.mail(r.email(), kind, reference(r.id()), arguments));
    }

    private Locale languageOf(String email) {
        return MailBundle.language(users.findByEmail(email).map(UserView::language).orElse(null));
    }
}
