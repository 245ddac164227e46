package org.convene.partnerships;

import java.util.List;

/** Field and file limits shared by the API, the forms, the CSV import and the domain checks. */
public final class PracticeLimits {
    public static final int NAME_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int SDG_MAX = 300;
    public static final int PERIOD_MAX = 100;
    public static final int LOCATION_MAX = 300;
    public static final int AIM_MAX = 10_000;
    public static final int PARTNERS_MAX = 2_000;
    public static final int SOURCE_MAX = 500;
    /** The columns of an import file, in the order of the sample file. */
    public static final List<String> COLUMNS = List.of("sdg_targets", "name", "period", "location", "aim", "partners", "source");
    public static final long FILE_MAX_BYTES = 5L * 1024 * 1024;
    public static final int FILE_MAX_ROWS = 5_000;
    public static final int PAGE_SIZE_DEFAULT = 20;
    public static final int PAGE_SIZE_MAX = 100;
    /** Words a search takes at most; more would only make the query slow. */
    public static final int WORDS_MAX = 10;

    private PracticeLimits() {
    }
}
