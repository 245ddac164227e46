package org.convene.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chair office's management of accounts and their roles. */
public interface UserManagement {
    UserView create(NewUser user);

    UserView update(long userId, UserChange change);

    /** Sets the user's own interface language (en, fr, es). */
    void changeLanguage(long userId, String language);

    List<UserView> list();

    Optional<UserView> find(long userId);

    Optional<UserView> findByEmail(String email);

    /** The address of an active account, without its roles: one query, for checks on every call. */
    Optional<String> activeEmail(long userId);

    /** The chosen interface language (en, fr, es) of each address that has an account, by address in lower case; one query for all. */
    Map<String, String> languagesByEmail(Collection<String> emails);

    boolean exists(long userId);

    /** Whether any active account holds the role; used to decide on the first chair-office account. */
    boolean anyActiveWith(Role role);

    /**
     * Adds one grant to the user's roles, keeping the others; nothing changes when the user holds it
     * already. For modules that hand out scoped roles (a roundtable's rapporteur), in their transaction.
     *
     * @throws org.convene.platform.NotFoundException for an unknown user
     * @throws org.convene.platform.InvalidInputException field {@code grants} for a scope the role does not take
     */
    void grant(long userId, RoleGrant grant);

    /** Takes exactly this grant (role and scope) away, keeping the others; nothing happens when it is not held. */
    void revoke(long userId, RoleGrant grant);
}
