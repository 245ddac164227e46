package org.convene.platform;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing wrong with one field of a command.
 *
 * @param field   the field as the API and the forms name it, e.g. {@code termEnd}
 * @param code    a translation key, so the UI can show the message in the user's language
 * @param message the message in English, as the API answers it
 */
@Serdeable
public record FieldProblem(String field, String code, String message) {
}
