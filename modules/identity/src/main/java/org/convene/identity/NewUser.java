package org.convene.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What the chair office gives to create an account. */
@Serdeable
public record NewUser(String email, String displayName, String password, @Nullable String language, List<RoleGrant> grants) {
}
