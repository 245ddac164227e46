package org.convene.ui.openspace;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How slots read, in the user's language. */
final class OpenSpaceLabels {
    private OpenSpaceLabels() {
    }

    static String slot(LocalDateTime start, Locale locale) {
        return start.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }
}
