package org.convene.roundtables;

/** Sizes the forms and the API share with the checks. */
public final class RoundtableLimits {
    public static final int TITLE_MAX = 300;
    public static final int CAPACITY_MAX = 1000;
    public static final int CO_CHAIRS_MAX = 6;
    public static final int TEAM_MAX = 30;
    /** Largest background paper accepted, in bytes (10 MB). */
    public static final int PAPER_MAX_BYTES = 10 * 1024 * 1024;
    public static final int PAPER_NAME_MAX = 255;

    private RoundtableLimits() {
    }
}
