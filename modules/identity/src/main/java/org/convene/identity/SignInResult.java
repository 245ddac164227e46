package org.convene.identity;

/**
 * The answer to a sign-in. A rejected and a throttled attempt carry no hint of whether the
 * account exists.
 */
public sealed interface SignInResult {
    record Accepted(UserView user) implements SignInResult {
    }

    record Rejected() implements SignInResult {
    }

    record Throttled(long retryAfterSeconds) implements SignInResult {
    }
}
