package org.convene.platform;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems while a command is checked, so one answer lists all of them. */
public final class Problems {
    private final List<FieldProblem> found = new ArrayList<>();

    public Problems add(String field, String code, String message) {
        found.add(new FieldProblem(field, code, message));
        return this;
    }

    /** Requires a non-blank text of at most {@code max} characters (code points, so any script counts fairly). */
    public Problems text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required", field + " must not be empty");
        } else if (value.codePointCount(0, value.length()) > max) {
            add(field, "validation.too-long", field + " must be at most " + max + " characters");
        }
        return this;
    }

    /** An optional text: fine when empty, bounded when present. */
    public Problems optionalText(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, "validation.too-long", field + " must be at most " + max + " characters");
        }
        return this;
    }

    public Problems required(String field, Object value) {
        if (value == null) {
            add(field, "validation.required", field + " must not be empty");
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws when anything was found; call once all fields are checked. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
