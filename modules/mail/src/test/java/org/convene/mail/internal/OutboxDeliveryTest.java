package org.convene.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.mail.Mail;
import org.convene.mail.Outbox;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxDeliveryTest extends DatabaseTest {
    private final SmtpServer smtp = new SmtpServer();

    @Inject
    Outbox outbox;
    @Inject
    InTransaction caller;
    @Inject
    MailSender sender;
    @Inject
    MailClock clock;
    @Inject
    DataSource dataSource;
    @Inject
    MailSettings settings;
    private Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("convene.mail.host", "127.0.0.1");
        properties.put("convene.mail.port", String.valueOf(smtp.port()));
        properties.put("convene.mail.starttls", "false");
        properties.put("convene.mail.timeout", "2s");
        properties.put("convene.mail.from", "GFMD Chair Office <chair@convene.test>");
        properties.put("convene.mail.sender.enabled", "false");
        return properties;
    }

    @BeforeEach
    void emptyOutboxAndARunningServer() {
        sql = new Sql(dataSource);
        sql.update("DELETE FROM mail_outbox");
        clock.set(MailClock.START);
        smtp.start();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void a_scheduled_run_carries_on_while_batches_are_delivered_whole() {
        for (int i = 0; i < 2 * settings.getBatch() + 20; i++) {
            caller.enqueue(new Mail("delegate" + i + "@example.org", Locale.ENGLISH, "Open Space", "Hello", "openspace-request:" + i));
        }

        new MailSchedule(sender, settings).run();

        assertThat(smtp.running().getReceivedMessages()).hasSize(2 * settings.getBatch() + 20);
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'")).isZero();
    }

    @Test
    void a_scheduled_run_stops_at_the_first_batch_that_fails() {
        for (int i = 0; i < 2 * settings.getBatch(); i++) {
            caller.enqueue(new Mail("delegate" + i + "@example.org", Locale.ENGLISH, "Open Space", "Hello", "openspace-request:" + i));
        }
        smtp.stop();

        new MailSchedule(sender, settings).run();

        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE attempts = 1")).isEqualTo(settings.getBatch());
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE attempts = 0")).isEqualTo(settings.getBatch());
    }

    @Test
    void a_committed_mail_is_delivered_with_its_recipient_language_text_and_message_id() throws Exception {
        long id = caller.enqueue(new Mail("amina@example.org", Locale.FRENCH, "Votre inscription est approuvée",
                "Bonjour Amina, مرحبا", "registration:7"));

        assertThat(sender.sendDue()).isEqualTo(1);

        MimeMessage[] received = smtp.running().getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("amina@example.org");
        assertThat(mail.getFrom()[0].toString()).contains("chair@convene.test");
        assertThat(mail.getSubject()).isEqualTo("Votre inscription est approuvée");
        assertThat(((String) mail.getContent()).strip()).isEqualTo("Bonjour Amina, مرحبا");
        assertThat(mail.getContentLanguage()).containsExactly("fr");
        assertThat(mail.getMessageID()).isEqualTo(messageId(id));
    }

    @Test
    void a_sent_mail_keeps_no_recipient_and_no_body_and_is_not_sent_again() {
        long id = caller.enqueue(mail("amina@example.org"));
        sender.sendDue();

        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE id = " + id
                + " AND status = 'SENT' AND recipient = '' AND body = '' AND sent_at IS NOT NULL")).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.running().getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_rolled_back_transaction_queues_and_sends_nothing() {
        assertThatThrownBy(() -> caller.enqueueAndFail(mail("amina@example.org"))).isInstanceOf(IllegalStateException.class);

        assertThat(sql.count("mail_outbox")).isZero();
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.running().getReceivedMessages()).isEmpty();
    }

    @Test
    void queueing_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> outbox.enqueue(mail("amina@example.org"))).isInstanceOf(TransactionException.class);
        assertThat(sql.count("mail_outbox")).isZero();
    }

    @Test
    void while_the_server_is_down_the_mail_waits_and_is_delivered_once_it_is_back() {
        smtp.stop();
        long id = caller.enqueue(mail("amina@example.org"));

        assertThat(sender.sendDue()).isZero();
        assertThat(sql.number("SELECT attempts FROM mail_outbox WHERE id = " + id)).isEqualTo(1);
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING' AND last_error IS NOT NULL")).isEqualTo(1);

        smtp.start();
        assertThat(sender.sendDue()).as("not due before its back-off has passed").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.running().getReceivedMessages()).hasSize(1);
    }

    @Test
    void each_failure_doubles_the_wait_before_the_next_attempt() {
        smtp.stop();
        long id = caller.enqueue(mail("amina@example.org"));
        sender.sendDue();
        clock.advance(Duration.ofSeconds(30));
        sender.sendDue();

        assertThat(sql.number("SELECT attempts FROM mail_outbox WHERE id = " + id)).isEqualTo(2);
        assertThat(sql.number("SELECT TIMESTAMPDIFF(SECOND, '2017-06-01 09:00:30', next_attempt_at) FROM mail_outbox WHERE id = " + id))
                .isEqualTo(60);
    }

    @Test
    void a_recipient_that_is_no_address_is_given_up_at_once() {
        long id = caller.enqueue(mail("not an address@@example.org"));

        assertThat(sender.sendDue()).isZero();
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE id = " + id + " AND status = 'FAILED' AND attempts = 1"
                + " AND last_error = 'AddressException'")).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.running().getReceivedMessages()).isEmpty();
    }

    @Test
    void a_mail_another_sender_holds_is_left_alone_until_its_lease_runs_out() {
        long id = caller.enqueue(mail("amina@example.org"));
        // Another instance claimed it and then crashed (or is still sending): its lease runs 5 minutes.
        sql.update("UPDATE mail_outbox SET claimed_until = '2017-06-01 09:05:00', attempts = 1 WHERE id = " + id);

        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofMinutes(5));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.running().getReceivedMessages()).hasSize(1);
    }

    @Test
    void forgetting_a_reference_drops_its_unsent_mails_and_clears_the_sent_ones() {
        long sent = caller.enqueue(new Mail("amina@example.org", Locale.ENGLISH, "Approved", "Dear Amina", "registration:7"));
        sender.sendDue();
        smtp.stop();
        caller.enqueue(new Mail("amina@example.org", Locale.ENGLISH, "Promoted", "Dear Amina", "registration:7"));
        long other = caller.enqueue(new Mail("omar@example.org", Locale.ENGLISH, "Approved", "Dear Omar", "registration:8"));

        assertThat(caller.forget("registration:7")).isEqualTo(1);

        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE reference = 'registration:7'")).isEqualTo(1);
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE '%amina%' OR body LIKE '%Amina%'")).isZero();
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE id IN (" + sent + ", " + other + ")")).isEqualTo(2);
    }

    private String messageId(long id) {
        try (var connection = sql.connection(); var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT message_id FROM mail_outbox WHERE id = " + id)) {
            result.next();
            return result.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail mail(String to) {
        return new Mail(to, Locale.ENGLISH, "Your registration", "Dear delegate", null);
    }
}
