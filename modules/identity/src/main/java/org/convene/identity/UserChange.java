package org.convene.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A change to an account; a null password keeps the current one. */
@Serdeable
public record UserChange(String displayName, @Nullable String password, @Nullable String language, boolean active, List<RoleGrant> grants) {
}
