package org.convene.openspace.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import org.convene.openspace.Response;

@Introspected
record InviteeRow(long requestId, long personId, Response response, @Nullable Instant respondedAt) {
}
