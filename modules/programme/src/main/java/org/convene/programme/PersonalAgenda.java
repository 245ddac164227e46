package org.convene.programme;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One registered person's sessions, by start. */
@Serdeable
public record PersonalAgenda(long registrationId, long summitId, String name, List<AgendaItem> items) {
}
