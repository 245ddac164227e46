package org.convene.programme.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The live calendar feed of a personal agenda: the SHA-256 of its token, never the token. */
@MappedEntity("programme_feed")
record FeedRow(@Id long registrationId, byte[] tokenHash, Instant createdAt) {
}
