package org.convene.marketplace.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.mail.MailBundle;
import org.convene.mail.Outbox;
import org.convene.marketplace.ApplicationStatus;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;

/**
 * Tells an exhibitor of the chair office's decision and of the booth they were given, in their
 * account's language (else English). Written to the outbox inside the decision's transaction, so a
 * decision that does not commit tells nobody; without a mail server the outbox logs them.
 */
@Singleton
class ExhibitorMails {
    private final Outbox outbox;
    private final UserManagement users;
    private final SummitManagement summits;
    private final String publicUrl;

    ExhibitorMails(Outbox outbox, UserManagement users, SummitManagement summits,
                   @Value("${convene.public-url:`http://localhost:8080`}") String publicUrl) {
        this.outbox = outbox;
        this.users = users;
        this.summits = summits;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void decided(ApplicationRow application, ApplicationStatus status) {
        send(application, "decided." + status.name(), "");
    }

    void boothGiven(ApplicationRow application, String boothCode) {
        send(application, "booth", boothCode);
    }

    private void send(ApplicationRow application, String kind, String boothCode) {
        UserView user = users.find(application.userId()).orElse(null);
        if (user == null) {
            // The account is gone (erased): nobody to write to.
            return;
        }
        String summit = summits.find(application.summitId()).map(SummitView::title).orElse("");
        outbox.enqueue(MailBundle.of("org.convene.marketplace.internal.mails", user.language()).mail(user.email(), kind,
                "marketplace-application:" + application.id(), user.displayName(), application.projectTitle(), summit, boothCode,
                publicUrl + "/marketplace/mine"));
    }
}
