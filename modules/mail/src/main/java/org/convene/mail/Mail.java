package org.convene.mail;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Objects;

/**
 * A plain-text mail to one recipient. {@code language} becomes the Content-Language header.
 * The subject is kept after sending and is logged: it must hold no personal data (the body may).
 * {@code reference} names what the mail is about (e.g. {@code registration:42}); it must hold no
 * personal data, since it outlives the mail (see {@link Outbox#forget}).
 */
public record Mail(String to, Locale language, String subject, String body, @Nullable String reference) {
    public static final int SUBJECT_MAX = 300;
    public static final int REFERENCE_MAX = 100;

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (to.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
        if (subject.length() > SUBJECT_MAX || (reference != null && reference.length() > REFERENCE_MAX)) {
            throw new IllegalArgumentException("subject or reference too long");
        }
    }
}
