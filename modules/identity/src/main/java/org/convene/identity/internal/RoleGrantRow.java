package org.convene.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("identity_role_grant")
record RoleGrantRow(@Id @GeneratedValue @Nullable Long id, Long userId, String role, @Nullable String scope) {
}
