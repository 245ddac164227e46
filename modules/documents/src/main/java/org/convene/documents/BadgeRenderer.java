package org.convene.documents;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Renders participant badges as PDF, with names in any script (Arabic shaped and right-to-left,
 * Chinese, Cyrillic) in bundled fonts, so a PDF looks the same on every machine.
 */
public interface BadgeRenderer {

    /** One A6 page per badge, all in one PDF, in the order given; the list must not be empty (a PDF needs a page). */
    default byte[] a6(List<BadgeData> badges) {
        return a6(badges, done -> { });
    }

    /** As {@link #a6(List)}, telling {@code progress} how many badges are drawn after each one (for long batches). */
    byte[] a6(List<BadgeData> badges, IntConsumer progress);

    /** Four A6 badges per A4 page (two by two, with cut marks), for office printers. */
    default byte[] a4Sheets(List<BadgeData> badges) {
        return a4Sheets(badges, done -> { });
    }

    /** As {@link #a4Sheets(List)}, with progress as for {@link #a6(List, IntConsumer)}. */
    byte[] a4Sheets(List<BadgeData> badges, IntConsumer progress);
}
