package org.convene.identity.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserChange;
import org.convene.identity.UserLimits;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Problems;
import org.convene.platform.db.SqlErrors;

@Singleton
@Transactional
class UserManagementService implements UserManagement {
    static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    private final UserAccounts accounts;
    private final RoleGrantRows grants;
    private final PasswordHasher hasher;
    private final Clock clock;

    UserManagementService(UserAccounts accounts, RoleGrantRows grants, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public UserView create(NewUser user) {
        Problems problems = new Problems();
        checkEmail(user.email(), problems);
        problems.text("displayName", user.displayName(), UserLimits.NAME_MAX);
        checkPassword(user.password(), problems, true);
        checkLanguage(user.language(), problems);
        GrantRules.check(user.grants(), problems);
        problems.throwIfAny();
        String email = normaliseEmail(user.email());
        if (accounts.existsByEmail(email)) {
            throw new ConflictException("email", "user.email.taken", "an account with this e-mail already exists");
        }
        UserAccount saved;
        try {
            saved = accounts.save(new UserAccount(null, email, user.displayName().strip(), hasher.hash(user.password()),
                    language(user.language()), true, Instant.now(clock), true, null));
        } catch (DataAccessException e) {
            // Two creates with the same e-mail at once: the unique key decides, the answer stays a conflict.
            if (SqlErrors.isDuplicateKey(e)) {
                throw new ConflictException("email", "user.email.taken", "an account with this e-mail already exists");
            }
            throw e;
        }
        storeGrants(saved.id(), user.grants());
        return view(saved);
    }

    @Override
    public UserView update(long userId, UserChange change) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        Problems problems = new Problems();
        problems.text("displayName", change.displayName(), UserLimits.NAME_MAX);
        checkPassword(change.password(), problems, false);
        checkLanguage(change.language(), problems);
        GrantRules.check(change.grants(), problems);
        problems.throwIfAny();
        String hash = change.password() == null || change.password().isEmpty() ? account.passwordHash() : hasher.hash(change.password());
        UserAccount saved = accounts.update(account.withDetails(change.displayName().strip(), hash,
                change.language() == null ? account.language() : language(change.language()), change.active()));
        grants.deleteByUserId(userId);
        storeGrants(userId, change.grants());
        return view(saved);
    }

    @Override
    public void changeLanguage(long userId, String language) {
        Problems problems = new Problems();
        checkLanguage(language, problems);
        problems.required("language", language);
        problems.throwIfAny();
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        accounts.update(account.withDetails(account.displayName(), account.passwordHash(), language(language), account.active()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> list() {
        List<UserAccount> all = accounts.listOrderByEmail();
        Map<Long, List<RoleGrant>> byUser = grants.findByUserIdIn(all.stream().map(UserAccount::id).toList()).stream()
                .collect(Collectors.groupingBy(RoleGrantRow::userId,
                        Collectors.mapping(UserManagementService::grant, Collectors.toList())));
        return all.stream().map(a -> view(a, byUser.getOrDefault(a.id(), List.of()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> find(long userId) {
        return accounts.findById(userId).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> findByEmail(String email) {
        return email == null ? Optional.empty() : accounts.findByEmail(normaliseEmail(email)).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> activeEmail(long userId) {
        return accounts.findById(userId).filter(UserAccount::active).map(UserAccount::email);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> languagesByEmail(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<String, String> languages = new HashMap<>();
        accounts.findByEmailIn(emails.stream().map(UserManagementService::normaliseEmail).distinct().toList())
                .forEach(a -> languages.put(a.email(), a.language()));
        return languages;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(long userId) {
        return accounts.existsById(userId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyActiveWith(Role role) {
        List<Long> holders = grants.findByRole(role.name()).stream().map(RoleGrantRow::userId).toList();
        return !holders.isEmpty() && accounts.existsByIdInAndActive(holders, true);
    }

    @Override
    public void grant(long userId, RoleGrant grant) {
        Problems problems = new Problems();
        GrantRules.check(List.of(grant), problems);
        problems.throwIfAny();
        if (!accounts.existsById(userId)) {
            throw new NotFoundException("user", userId);
        }
        if (held(userId, grant).isEmpty()) {
            grants.save(new RoleGrantRow(null, userId, grant.role().name(), GrantRules.normalise(grant.scope())));
        }
    }

    @Override
    public void revoke(long userId, RoleGrant grant) {
        held(userId, grant).forEach(grants::delete);
    }

    private List<RoleGrantRow> held(long userId, RoleGrant grant) {
        String scope = GrantRules.normalise(grant.scope());
        return grants.findByUserId(userId).stream()
                .filter(g -> g.role().equals(grant.role().name()) && Objects.equals(scope, g.scope())).toList();
    }

    UserView view(UserAccount account) {
        return view(account, grants.findByUserId(account.id()).stream().map(UserManagementService::grant).toList());
    }

    private static UserView view(UserAccount a, List<RoleGrant> grants) {
        return new UserView(a.id(), a.email(), a.displayName(), a.language(), a.active(), grants);
    }

    private static RoleGrant grant(RoleGrantRow row) {
        return new RoleGrant(Role.valueOf(row.role()), row.scope());
    }

    private void storeGrants(Long userId, List<RoleGrant> list) {
        if (list != null) {
            for (RoleGrant g : list) {
                grants.save(new RoleGrantRow(null, userId, g.role().name(), GrantRules.normalise(g.scope())));
            }
        }
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static void checkEmail(String email, Problems problems) {
        problems.text("email", email, UserLimits.EMAIL_MAX);
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("email", "validation.email", "email is not an e-mail address");
        }
    }

    static void checkPassword(String password, Problems problems, boolean required) {
        if (password == null || password.isEmpty()) {
            if (required) {
                problems.add("password", "validation.required", "password must not be empty");
            }
        } else if (password.length() < UserLimits.PASSWORD_MIN) {
            problems.add("password", "user.password.short", "password must be at least " + UserLimits.PASSWORD_MIN + " characters");
        } else if (password.length() > UserLimits.PASSWORD_MAX) {
            problems.add("password", "validation.too-long", "password must be at most " + UserLimits.PASSWORD_MAX + " characters");
        }
    }

    private static void checkLanguage(String language, Problems problems) {
        if (language != null && !LANGUAGES.contains(language)) {
            problems.add("language", "user.language.invalid", "language must be one of en, fr, es");
        }
    }

    static String language(String language) {
        return language == null ? "en" : language;
    }
}
