package org.convene.identity;

import io.micronaut.serde.annotation.Serdeable;

/** A token just created; {@code token} is the only time the secret is shown. */
@Serdeable
public record NewApiToken(long id, String name, String token) {
}
