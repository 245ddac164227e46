package org.convene.summit;

/** Field limits shared by the API, the forms and the domain checks. */
public final class SummitLimits {
    public static final int MAX_CHAIRS = 5;
    public static final int TITLE_MAX = 200;
    public static final int CITY_MAX = 120;
    public static final int VENUE_MAX = 200;
    public static final int OVERARCHING_THEME_MAX = 500;
    public static final int THEME_TITLE_MAX = 300;
    public static final int THEME_DESCRIPTION_MAX = 4000;
    public static final int ROOM_NAME_MAX = 120;
    public static final int ROOM_FLOOR_MAX = 120;
    public static final int ROOM_CAPACITY_MAX = 100_000;
    public static final int EDITION_MAX = 1000;
    /** The working languages a summit may have (ISO 639-1), the first being the default. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr", "es");
    public static final String DEFAULT_LANGUAGE = "en";

    private SummitLimits() {
    }
}
