package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A member of a preparation team: a state or a stakeholder group, never both. */
@MappedEntity("roundtable_team_member")
record TeamMemberRow(@Id @GeneratedValue @Nullable Long id, long roundtableId, @Nullable String stateCode, @Nullable Long groupId,
                     int position) {
}
