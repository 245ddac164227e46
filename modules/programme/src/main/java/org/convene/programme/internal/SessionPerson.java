package org.convene.programme.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A registration named on a session as chair, speaker or invitee. */
@MappedEntity("programme_session_person")
record SessionPerson(@Id @GeneratedValue @Nullable Long id, long sessionId, long registrationId, Part part, int position) {
}
