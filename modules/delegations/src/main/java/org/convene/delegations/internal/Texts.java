package org.convene.delegations.internal;

/** Texts are checked and stored without surrounding white space; an optional text left blank is stored as null. */
final class Texts {
    private Texts() {
    }

    static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
