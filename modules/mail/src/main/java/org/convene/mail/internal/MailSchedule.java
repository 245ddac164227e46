package org.convene.mail.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sender every few seconds ({@code convene.mail.poll}, 5 s by default). Tests switch it off
 * ({@code convene.mail.sender.enabled=false}) and call the sender themselves, so nothing races them.
 * A batch delivered whole means more may be waiting (a rush of Open Space bookings queues thousands
 * of mails a minute): the run carries on at the transport's pace, up to {@link #ROUNDS} batches, rather
 * than one batch a poll; a batch with any failure ends the run, so an unreachable server is not hammered.
 */
@Singleton
@Requires(property = "convene.mail.sender.enabled", notEquals = "false")
class MailSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(MailSchedule.class);

    static final int ROUNDS = 20;
    private final MailSender sender;
    private final MailSettings settings;

    MailSchedule(MailSender sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${convene.mail.poll:5s}", initialDelay = "${convene.mail.poll:5s}")
    void run() {
        try {
            int rounds = 1;
            while (sender.sendDue() >= settings.getBatch() && rounds < ROUNDS) {
                rounds++;
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next run tries again.
            LOG.warn("Mail sender run failed: {}", e.getClass().getSimpleName());
        }
    }
}
