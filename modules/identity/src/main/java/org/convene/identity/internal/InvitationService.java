package org.convene.identity.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.convene.identity.AttendeeAccount;
import org.convene.identity.Invitations;
import org.convene.identity.PasswordLink;
import org.convene.identity.PasswordLink.Purpose;
import org.convene.identity.Role;
import org.convene.identity.UserLimits;
import org.convene.identity.UserView;
import org.convene.platform.NotFoundException;
import org.convene.platform.Problems;
import org.convene.platform.db.SqlErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
@Transactional
class InvitationService implements Invitations {
    private static final Logger LOG = LoggerFactory.getLogger(InvitationService.class);
    static final String INVALID = "password-link.invalid";
    private final UserAccounts accounts;
    private final RoleGrantRows grants;
    private final PasswordLinkRows links;
    private final PasswordHasher hasher;
    private final UserManagementService users;
    private final ResetThrottle throttle;
    private final Clock clock;
    private final ResetMails resetMails;
    private final SecureRandom random = new SecureRandom();

    InvitationService(UserAccounts accounts, RoleGrantRows grants, PasswordLinkRows links, PasswordHasher hasher,
                      UserManagementService users, ResetThrottle throttle, Clock clock, ResetMails resetMails) {
        this.resetMails = resetMails;
        this.accounts = accounts;
        this.grants = grants;
        this.links = links;
        this.hasher = hasher;
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public AttendeeAccount inviteAttendee(String email, String displayName, String language, long summitId) {
        Problems problems = new Problems();
        UserManagementService.checkEmail(email, problems);
        problems.text("displayName", displayName, UserLimits.NAME_MAX);
        problems.throwIfAny();
        String address = UserManagementService.normaliseEmail(email);
        UserAccount account = accounts.findByEmail(address).orElseGet(() -> create(address, displayName.strip(), language));
        if (!account.active()) {
            account = accounts.update(account.withDetails(account.displayName(), account.passwordHash(), account.language(), true));
        }
        String scope = String.valueOf(summitId);
        long userId = account.id();
        boolean granted = grants.findByUserId(userId).stream()
                .anyMatch(g -> g.role().equals(Role.ATTENDEE.name()) && scope.equals(g.scope()));
        if (!granted) {
            grants.save(new RoleGrantRow(null, userId, Role.ATTENDEE.name(), scope));
        }
        UserView view = users.view(account);
        return new AttendeeAccount(view, account.passwordSet() ? null : issue(account, Purpose.INVITATION));
    }

    /**
     * A new account nobody can sign in to until its owner follows the invitation: sign-in refuses
     * an account without a password of its own before looking at the hash, and this one is no hash
     * at all. (No Argon2 here: approving 500 people at once must not cost 500 slow hashes.)
     */
    private UserAccount create(String address, String displayName, String language) {
        String unusable = "!invited:" + secret();
        String lang = UserManagementService.LANGUAGES.contains(language) ? language : "en";
        try {
            return accounts.save(new UserAccount(null, address, displayName, unusable, lang, true, clock.instant(), false, null));
        } catch (DataAccessException e) {
            if (SqlErrors.isDuplicateKey(e)) {
                // Approved at two summits at the same moment: the other transaction made the account; use it.
                // A locking read, because a plain one would still see this transaction's older snapshot.
                return accounts.lockByEmail(address).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public Optional<PasswordLink> resendInvitation(long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        return account.passwordSet() || !account.active() ? Optional.empty() : Optional.of(issue(account, Purpose.INVITATION));
    }

    @Override
    public void endAttendance(long userId, long summitId) {
        String scope = String.valueOf(summitId);
        List<RoleGrantRow> held = grants.findByUserId(userId);
        held.stream().filter(g -> g.role().equals(Role.ATTENDEE.name()) && scope.equals(g.scope())).forEach(grants::delete);
        boolean anyLeft = held.stream().anyMatch(g -> !(g.role().equals(Role.ATTENDEE.name()) && scope.equals(g.scope())));
        if (!anyLeft) {
            accounts.findById(userId).ifPresent(a -> {
                accounts.update(a.withDetails(a.displayName(), a.passwordHash(), a.language(), false));
                links.revokeOpenLinks(userId, clock.instant());
            });
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PasswordLink> check(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return links.findByTokenHash(ApiTokenService.sha256(token)).filter(l -> l.validAt(clock.instant()))
                .flatMap(l -> accounts.findById(l.userId()).filter(UserAccount::active).map(a -> link(a, l, token)));
    }

    @Override
    public UserView setPassword(String token, String password) {
        Problems problems = new Problems();
        UserManagementService.checkPassword(password, problems, true);
        Instant now = clock.instant();
        Optional<PasswordLinkRow> link = token == null || token.length() > 100 ? Optional.empty()
                : links.lockByTokenHash(ApiTokenService.sha256(token)).filter(l -> l.validAt(now));
        Optional<UserAccount> account = link.flatMap(l -> accounts.findById(l.userId())).filter(UserAccount::active);
        if (account.isEmpty()) {
            problems.add("token", INVALID, "this link is unknown, used, revoked or expired: ask for a new one");
        }
        problems.throwIfAny();
        links.update(link.get().usedAt(now));
        // Whatever other links the person had are now pointless; they stop working.
        links.revokeOpenLinks(account.get().id(), now);
        UserAccount saved = accounts.update(account.get().withOwnPassword(hasher.hash(password)));
        return users.view(saved);
    }

    @Override
    public Optional<PasswordLink> requestReset(String email, String source) {
        if (email == null || email.isBlank() || email.length() > UserLimits.EMAIL_MAX) {
            return Optional.empty();
        }
        String address = UserManagementService.normaliseEmail(email);
        if (!throttle.allow(address, source)) {
            LOG.warn("Password reset requests throttled for a source");
            return Optional.empty();
        }
        Optional<PasswordLink> link = accounts.findByEmail(address).filter(UserAccount::active).map(a -> issue(a, Purpose.RESET));
        link.ifPresent(resetMails::send);
        return link;
    }

    @Override
    public void forgetAttendance(long userId, long summitId) {
        endAttendance(userId, summitId);
        if (grants.findByUserId(userId).isEmpty()) {
            erase(userId);
        }
    }

    @Override
    public void erase(long userId) {
        accounts.findById(userId).ifPresent(accounts::delete);
    }

    private PasswordLink issue(UserAccount account, Purpose purpose) {
        Instant now = clock.instant();
        links.revokeOpenLinks(account.id(), now);
        String token = secret();
        Instant expires = now.plus(purpose == Purpose.INVITATION ? INVITATION_VALIDITY : RESET_VALIDITY);
        PasswordLinkRow row = links.save(new PasswordLinkRow(null, account.id(), purpose, ApiTokenService.sha256(token), now, expires, null, null));
        return link(account, row, token);
    }

    private static PasswordLink link(UserAccount account, PasswordLinkRow row, String token) {
        return new PasswordLink(account.id(), account.email(), account.displayName(), account.language(), row.purpose(), token, row.expiresAt());
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
