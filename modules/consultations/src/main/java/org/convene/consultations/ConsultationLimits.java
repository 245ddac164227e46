package org.convene.consultations;

/** Field limits shared by the API, the forms and the domain checks. */
public final class ConsultationLimits {
    /** A consultation takes up at most this many of its summit's themes. */
    public static final int THEMES_MAX = 3;
    public static final int PROCESS_MAX = 200;
    public static final int CITY_MAX = 120;
    public static final int PARTICIPANTS_MAX = 200;
    public static final int PARTICIPANT_COUNT_MAX = 100_000;
    public static final int OBSERVATIONS_MAX = 20_000;

    private ConsultationLimits() {
    }
}
