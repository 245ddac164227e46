package org.convene.programme;

/** Field limits shared by the API, the forms and the domain checks. */
public final class ProgrammeLimits {
    public static final int TITLE_MAX = 300;
    public static final int PEOPLE_MAX = 50;
    public static final int INVITED_MAX = 2000;
    public static final int EXPECTED_AUDIENCE_MAX = 100_000;

    private ProgrammeLimits() {
    }
}
