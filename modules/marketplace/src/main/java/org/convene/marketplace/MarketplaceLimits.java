package org.convene.marketplace;

/** Field limits, shared by the module's checks, the forms and the API. */
public final class MarketplaceLimits {
    public static final int MAX_GRID_SIDE = 40;
    /** With a plan image, booth positions and sizes are percentages of the image's sides. */
    public static final int IMAGE_SCALE = 100;
    public static final int MAX_CODE = 20;
    public static final int MAX_AREA = 10_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4_000;
    public static final int MAX_LINK = 2_000;
    public static final int MAX_PRODUCTS = 20;
    public static final int MAX_PLAN_BYTES = 5 * 1024 * 1024;
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    /** Pixels read from an image's header before decoding: a small file may unpack into gigabytes. */
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MIN_SLOT_MINUTES = 5;
    public static final int MAX_SLOT_MINUTES = 120;

    private MarketplaceLimits() {
    }
}
