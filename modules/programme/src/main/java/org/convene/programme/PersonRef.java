package org.convene.programme;

import io.micronaut.serde.annotation.Serdeable;

/** A registered person as the programme names them: the registration id and the name in its own script. */
@Serdeable
public record PersonRef(long registrationId, String name) {
}
