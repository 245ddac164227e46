package org.convene.platform;

/** Texts are checked and stored without surrounding white space; an optional text left blank is stored as null. */
public final class Texts {
    private Texts() {
    }

    public static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
