package org.convene.identity.internal;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.convene.identity.SignIn;
import org.convene.identity.SignInResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
class SignInService implements SignIn {
    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

    private final UserAccounts accounts;
    private final UserManagementService users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    SignInService(UserAccounts accounts, UserManagementService users, PasswordHasher hasher, LoginThrottle throttle) {
        this.accounts = accounts;
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    @Override
    public SignInResult signIn(String email, String password, String source) {
        if (email == null || password == null || email.isBlank()) {
            return new SignInResult.Rejected();
        }
        String key = UserManagementService.normaliseEmail(email);
        long wait = throttle.reserve(key, source);
        if (wait > 0) {
            // Logged without the address: e-mails are personal data.
            LOG.warn("Sign-in throttled for a source after repeated failures");
            return new SignInResult.Throttled(wait);
        }
        Optional<UserAccount> account = accounts.findByEmail(key);
        if (account.isEmpty()) {
            hasher.spendTimeOnDecoy(password);
            return new SignInResult.Rejected();
        }
        UserAccount found = account.get();
        if (!found.passwordSet()) {
            // Invited, no password chosen yet: as slow as a wrong password, so nothing tells them apart.
            hasher.spendTimeOnDecoy(password);
            return new SignInResult.Rejected();
        }
        if (!hasher.matches(password, found.passwordHash()) || !found.active()) {
            return new SignInResult.Rejected();
        }
        throttle.succeeded(key, source);
        return new SignInResult.Accepted(users.view(found));
    }
}
