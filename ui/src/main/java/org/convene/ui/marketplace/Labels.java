package org.convene.ui.marketplace;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.convene.marketplace.StageSlotView;

/** Texts shared by the marketplace views. */
final class Labels {
    private Labels() {
    }

    /** "29 Jun 2017, 12:00–12:15", in the user's language. */
    static String slot(Locale locale, StageSlotView s) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        return s.startsAt().format(day) + ", " + s.startsAt().format(time) + "–" + s.endsAt().format(time);
    }
}
