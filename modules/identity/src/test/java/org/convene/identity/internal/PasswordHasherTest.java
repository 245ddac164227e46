package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_is_argon2id_and_does_not_contain_the_password() {
        String hash = hasher.hash(PASSWORD);

        assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void a_hash_uses_owasp_memory_and_passes() {
        assertThat(hasher.hash(PASSWORD)).contains("$m=19456,t=2,p=1$");
    }

    @Test
    void the_same_password_hashes_differently_each_time_because_of_the_salt() {
        assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
    }

    @Test
    void the_right_password_matches_its_hash() {
        assertThat(hasher.matches(PASSWORD, hasher.hash(PASSWORD))).isTrue();
    }

    @Test
    void a_wrong_password_does_not_match() {
        String hash = hasher.hash(PASSWORD);

        assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void a_password_in_another_case_does_not_match() {
        assertThat(hasher.matches(PASSWORD.toUpperCase(), hasher.hash(PASSWORD))).isFalse();
    }
}
