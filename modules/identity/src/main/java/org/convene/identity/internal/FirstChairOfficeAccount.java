package org.convene.identity.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.List;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a fresh installation can be signed into: when no active chair-office account
 * exists, one is made from CONVENE_ADMIN_EMAIL / CONVENE_ADMIN_PASSWORD, or with a random
 * password printed once to the log.
 */
@Singleton
class FirstChairOfficeAccount {
    private static final Logger LOG = LoggerFactory.getLogger(FirstChairOfficeAccount.class);
    private final UserManagementService users;
    private final String email;
    private final String password;

    FirstChairOfficeAccount(UserManagementService users,
                            @Value("${convene.admin.email:chair@convene.local}") String email,
                            @Nullable @Value("${convene.admin.password:}") String password) {
        this.users = users;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ensure();
    }

    void ensure() {
        if (users.anyActiveWith(Role.CHAIR_OFFICE)) {
            return;
        }
        if (users.findByEmail(email).isPresent()) {
            // The account was deactivated or lost its role on purpose: a restart must neither undo that
            // nor fail on the taken address (the start-up would stop, and the installation with it).
            LOG.warn("No active chair-office account, and the CONVENE_ADMIN_EMAIL address is taken by an account without one;"
                    + " set CONVENE_ADMIN_EMAIL to a new address to create a first chair-office account");
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? randomPassword() : password;
        users.create(new NewUser(email, "Chair office", secret, "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        if (generated) {
            // Printed once, on purpose: it is the only way into a fresh installation without set-up.
            LOG.warn("First chair-office account created: {} with password {} (set CONVENE_ADMIN_PASSWORD to choose it)", email, secret);
        } else {
            LOG.info("First chair-office account created from CONVENE_ADMIN_EMAIL");
        }
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
