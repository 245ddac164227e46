package org.convene.openspace;

/** Field limits and the anti-flood rules of the Open Space. */
public final class OpenSpaceLimits {
    /** Requests a person may have waiting (open, or accepted and waiting for the scheduler) at once. */
    public static final int OPEN_REQUESTS_MAX = 20;
    /** Requests a person may send within an hour, so nobody floods the others. */
    public static final int REQUESTS_PER_HOUR = 30;
    public static final int MESSAGE_MAX = 500;
    public static final int PLACE_NAME_MAX = 100;
    public static final int CAPACITY_MIN = 2;
    public static final int CAPACITY_MAX = 50;
    public static final int SLOT_MINUTES_MIN = 5;
    public static final int SLOT_MINUTES_MAX = 240;
    public static final int SEARCH_RESULTS_MAX = 100;

    private OpenSpaceLimits() {
    }
}
