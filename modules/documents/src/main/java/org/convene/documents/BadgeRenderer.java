package org.convene.documents;

import java.util.List;

/**
 * Renders participant badges as PDF, with names in any script (Arabic shaped and right-to-left,
 * Chinese, Cyrillic) in bundled fonts, so a PDF looks the same on every machine.
 */
public interface BadgeRenderer {

    /** One A6 page per badge, all in one PDF, in the order given; the list must not be empty (a PDF needs a page). */
    byte[] a6(List<BadgeData> badges);

    /** Four A6 badges per A4 page (two by two, with cut marks), for office printers. */
    byte[] a4Sheets(List<BadgeData> badges);
}
