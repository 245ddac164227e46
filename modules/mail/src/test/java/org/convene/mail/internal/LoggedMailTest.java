package org.convene.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.mail.Mail;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/** With no SMTP host configured (the default), mails are logged and marked sent. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoggedMailTest extends DatabaseTest {
    @Inject
    InTransaction caller;
    @Inject
    MailSender sender;
    @Inject
    MailTransport transport;
    @Inject
    DataSource dataSource;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LogTransport.class);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("convene.mail.sender.enabled", "false");
        return properties;
    }

    @BeforeEach
    void captureTheLog() {
        new Sql(dataSource).update("DELETE FROM mail_outbox");
        log.list.clear();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void without_an_smtp_host_the_mail_goes_to_the_log() {
        assertThat(transport).isInstanceOf(LogTransport.class);
        long id = caller.enqueue(new Mail("amina.diallo@example.org", Locale.ENGLISH, "Your registration is approved",
                "Dear Amina Diallo, welcome.", "registration:7"));

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.INFO).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("Mail " + id, "Your registration is approved");
    }

    @Test
    void the_info_log_holds_neither_the_address_nor_the_body() {
        caller.enqueue(new Mail("amina.diallo@example.org", Locale.ENGLISH, "Your registration is approved",
                "Dear Amina Diallo, welcome.", "registration:7"));
        logger.setLevel(Level.INFO);
        sender.sendDue();

        assertThat(log.list).isNotEmpty().allSatisfy(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("amina.diallo@example.org", "Amina Diallo"));
    }
}
