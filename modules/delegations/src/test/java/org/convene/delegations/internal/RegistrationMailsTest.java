package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationStatus;
import org.convene.identity.NewUser;
import org.convene.identity.UserManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Approval, rejection and promotion reach the delegate by mail, through the outbox and a real SMTP
 * server (GreenMail), in the person's language. The app's own background sender delivers, polling
 * every 100 ms; the tests wait for the mails to arrive, never for a fixed time.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationMailsTest extends DelegationsModuleTest {
    private static final long ARRIVAL_TIMEOUT_MS = 20_000;
    private final int port = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    UserManagement users;
    @Inject
    org.convene.identity.Invitations invitations;
    @Inject
    org.convene.identity.SignIn signIn;
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("/password\\?token=([A-Za-z0-9_-]+)");
    private long civilSociety;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("convene.mail.host", "127.0.0.1");
        properties.put("convene.mail.port", String.valueOf(port));
        properties.put("convene.mail.starttls", "false");
        properties.put("convene.mail.sender.enabled", "true");
        properties.put("convene.mail.poll", "100ms");
        return properties;
    }

    @BeforeEach
    void aGroupAnEmptyOutboxAndAMailServer() throws Exception {
        tables.update("DELETE FROM mail_outbox");
        tables.update("DELETE FROM identity_user");
        civilSociety = group(GroupKind.CIVIL_SOCIETY, 1);
        if (!smtp.isRunning()) {
            smtp.start();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    void stopServer() {
        smtp.stop();
    }

    @Test
    void an_approved_delegate_gets_a_mail_in_english_when_their_language_is_unknown() throws Exception {
        long id = nominate(civilSociety, "amina@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);

        MimeMessage mail = theOneMail();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("amina@example.org");
        assertThat(mail.getSubject()).isEqualTo("10th GFMD Summit: your registration is approved");
        assertThat(mail.getContentLanguage()).containsExactly("en");
        assertThat(GreenMailUtil.getBody(mail)).contains("Dear Amina Diallo", "approved your registration",
                "10th GFMD Summit, Berlin", "Civil Society Mechanism");
    }

    @Test
    void a_rejected_delegate_with_a_french_account_gets_the_reason_in_french() throws Exception {
        users.create(new NewUser("amina@example.org", "Amina Diallo", "a-long-enough-password-1", "fr", List.of()));
        long id = nominate(civilSociety, "amina@example.org").id();
        registration.reject(Actors.CHAIR_OFFICE, id, "Le quota du mécanisme est atteint");

        MimeMessage mail = theOneMail();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("amina@example.org");
        assertThat(mail.getSubject()).isEqualTo("10th GFMD Summit : votre inscription");
        assertThat(mail.getContentLanguage()).containsExactly("fr");
        assertThat(body(mail)).contains("Madame, Monsieur Amina Diallo", "n'a pas pu approuver",
                "Motif : Le quota du mécanisme est atteint", "Mécanisme de la société civile");
    }

    @Test
    void the_first_in_line_is_told_in_spanish_when_a_place_frees_up() throws Exception {
        users.create(new NewUser("omar@example.org", "Omar", "a-long-enough-password-1", "es", List.of()));
        long first = nominate(civilSociety, "amina@example.org").id();
        long waiting = nominate(civilSociety, "omar@example.org").id();
        registration.withdraw(Actors.CIVIL_SOCIETY_LEAD, first);

        assertThat(registration.find(Actors.CHAIR_OFFICE, waiting).status()).isEqualTo(RegistrationStatus.NOMINATED);
        MimeMessage mail = theOneMail();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("omar@example.org");
        assertThat(mail.getSubject()).isEqualTo("10th GFMD Summit: se ha liberado una plaza para usted");
        assertThat(mail.getContentLanguage()).containsExactly("es");
        assertThat(body(mail)).contains("Estimado/a Amina Diallo", "lista de espera", "Mecanismo de la sociedad civil");
    }

    @Test
    void an_approval_that_rolls_back_sends_nothing() throws Exception {
        long fails = nominate(group(GroupKind.BUSINESS, 5), FailingApprovals.FAILS).id();
        long passes = nominate(civilSociety, "amina@example.org").id();

        assertThatThrownBy(() -> registration.approve(Actors.CHAIR_OFFICE, fails)).isInstanceOf(IllegalStateException.class);
        assertThat(registration.find(Actors.CHAIR_OFFICE, fails).status()).isEqualTo(RegistrationStatus.NOMINATED);
        assertThat(tables.count("mail_outbox")).isZero();

        // A later approval's mail arrives; had the rolled-back one been queued, it would be first in line.
        registration.approve(Actors.CHAIR_OFFICE, passes);
        MimeMessage mail = theOneMail();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("amina@example.org");
    }

    @Test
    void approving_and_badging_sends_one_mail_only() throws Exception {
        long id = nominate(civilSociety, "amina@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);
        registration.markBadgeIssued(Actors.CHAIR_OFFICE, id);

        theOneMail();
        assertThat(tables.count("mail_outbox")).isEqualTo(1);
    }

    /** Waits for a mail to arrive and checks that it is the only one so far. */
    @Test
    void the_invitation_and_a_reset_arrive_by_mail_and_their_links_work_once() throws Exception {
        long id = nominate(civilSociety, "invited@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);
        java.util.regex.Matcher invitation = LINK.matcher(body(theOneMail()));
        assertThat(invitation.find()).as("the approval mail carries the invitation link").isTrue();
        invitations.setPassword(invitation.group(1), "first-long-secret");
        org.convene.testing.Problem.invalid(() -> invitations.setPassword(invitation.group(1), "second-long-secret"), "token",
                "password-link.invalid");
        smtp.purgeEmailFromAllMailboxes();

        assertThat(invitations.requestReset("invited@example.org", "192.0.2.77")).isPresent();
        assertThat(invitations.requestReset("nobody-here@example.org", "192.0.2.77")).isEmpty();

        MimeMessage reset = theOneMail();
        assertThat(reset.getAllRecipients()).extracting(Object::toString).containsExactly("invited@example.org");
        java.util.regex.Matcher link = LINK.matcher(body(reset));
        assertThat(link.find()).isTrue();
        invitations.setPassword(link.group(1), "second-long-secret");
        assertThat(signIn.signIn("invited@example.org", "second-long-secret", "192.0.2.78"))
                .isInstanceOf(org.convene.identity.SignInResult.Accepted.class);
    }

    private MimeMessage theOneMail() {
        assertThat(smtp.waitForIncomingEmail(ARRIVAL_TIMEOUT_MS, 1)).as("a mail arrived").isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String body(MimeMessage mail) throws Exception {
        return ((String) mail.getContent());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
