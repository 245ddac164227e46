package org.convene.identity;

import java.util.List;
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

    boolean exists(long userId);

    /** Whether any active account holds the role; used to decide on the first chair-office account. */
    boolean anyActiveWith(Role role);
}
