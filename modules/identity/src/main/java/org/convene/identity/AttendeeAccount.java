package org.convene.identity;

import io.micronaut.core.annotation.Nullable;

/**
 * The account of an approved attendee. {@code invitation} is a fresh link while the person has
 * not chosen a password yet; null when they already can sign in (they attend another summit).
 */
public record AttendeeAccount(UserView user, @Nullable PasswordLink invitation) {
}
