package org.convene.mail.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sender every few seconds ({@code convene.mail.poll}, 5 s by default). Tests switch it off
 * ({@code convene.mail.sender.enabled=false}) and call the sender themselves, so nothing races them.
 */
@Singleton
@Requires(property = "convene.mail.sender.enabled", notEquals = "false")
class MailSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(MailSchedule.class);

    private final MailSender sender;

    MailSchedule(MailSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelay = "${convene.mail.poll:5s}", initialDelay = "${convene.mail.poll:5s}")
    void run() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next run tries again.
            LOG.warn("Mail sender run failed: {}", e.getClass().getSimpleName());
        }
    }
}
