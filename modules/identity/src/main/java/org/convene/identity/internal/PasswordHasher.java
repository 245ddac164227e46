package org.convene.identity.internal;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id with OWASP's second recommended setting (19 MiB, 2 passes, 1 lane): about 0.1 s a
 * hash on these 2-core machines, slow for a guesser, tolerable for a person signing in.
 */
@Singleton
class PasswordHasher {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Checked when the e-mail is unknown, so both paths take the same time (no account enumeration). */
    private final String decoy = hash("decoy-password-never-matches");

    String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    boolean matches(String password, String hash) {
        return Password.check(password, hash).with(ARGON2);
    }

    void spendTimeOnDecoy(String password) {
        matches(password, decoy);
    }
}
