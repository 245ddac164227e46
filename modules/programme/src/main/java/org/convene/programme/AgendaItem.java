package org.convene.programme;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record AgendaItem(SessionView session, AgendaPart part) {
}
