package org.convene.delegations.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import org.convene.delegations.RegistrationApproved;
import org.convene.delegations.RegistrationRejected;
import org.convene.delegations.WaitlistPromoted;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.mail.Mail;
import org.convene.mail.Outbox;
import org.convene.platform.NotFoundException;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;

/**
 * Tells the delegate by mail when they are approved, rejected (with the reason) or promoted from
 * the waiting list. A plain, synchronous listener: it runs inside the transaction that changed the
 * status and writes the mail to the outbox there, so the mail commits or rolls back with the change
 * (docs/decisions/0004). The mail is in the person's language when they hold an account that names
 * one, else in English (a summit has no language of its own yet).
 */
@Singleton
class RegistrationMails {
    static final String REFERENCE = "registration:";
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    private final Outbox outbox;
    private final Registrations registrations;
    private final Groups groups;
    private final SummitManagement summits;
    private final UserManagement users;
    private final Erasures erasures;

    RegistrationMails(Outbox outbox, Registrations registrations, Groups groups, SummitManagement summits, UserManagement users,
                      Erasures erasures) {
        this.outbox = outbox;
        this.registrations = registrations;
        this.groups = groups;
        this.summits = summits;
        this.users = users;
        this.erasures = erasures;
    }

    @EventListener
    void on(RegistrationApproved event) {
        send(event.registrationId(), "approved", null);
    }

    @EventListener
    void on(RegistrationRejected event) {
        send(event.registrationId(), "rejected", event.reason());
    }

    @EventListener
    void on(WaitlistPromoted event) {
        send(event.registrationId(), "promoted", null);
    }

    static String reference(long registrationId) {
        return REFERENCE + registrationId;
    }

    private void send(long registrationId, String kind, String reason) {
        Registration r = registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
        if (erasures.findErasedAt(registrationId).isPresent()) {
            return; // an erased person has no address any more
        }
        Group group = groups.findById(r.groupId()).orElseThrow(() -> new NotFoundException("group", r.groupId()));
        SummitView summit = summits.find(r.summitId()).orElseThrow(() -> new NotFoundException("summit", r.summitId()));
        MailTexts texts = new MailTexts(languageOf(r.email()));
        Object[] arguments = {r.givenName() + " " + r.familyName(), summit.title(), summit.city(), texts.dates(summit),
                texts.group(group), reason == null ? "" : reason};
        outbox.enqueue(new Mail(r.email(), texts.language(), texts.format(kind + ".subject", arguments),
                texts.format(kind + ".body", arguments), reference(registrationId)));
    }

    private Locale languageOf(String email) {
        return users.findByEmail(email).map(UserView::language)
                .filter(LANGUAGES::contains).map(Locale::of).orElse(Locale.ENGLISH);
    }
}
