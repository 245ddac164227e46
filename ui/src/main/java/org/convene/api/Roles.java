package org.convene.api;

/** Role names as micronaut-security sees them (the identity module's {@code Role} enum names). */
final class Roles {
    static final String CHAIR_OFFICE = "CHAIR_OFFICE";

    private Roles() {
    }
}
