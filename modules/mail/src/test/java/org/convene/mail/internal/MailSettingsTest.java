package org.convene.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTest {
    @Test
    void the_wait_doubles_from_the_first_retry_up_to_the_cap() {
        MailSettings settings = new MailSettings();
        settings.setFirstRetry(Duration.ofSeconds(30));
        settings.setMaxRetry(Duration.ofMinutes(10));

        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retryAfter(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(settings.retryAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.retryAfter(40)).isEqualTo(Duration.ofMinutes(10));
    }
}
