package org.convene.reports.internal;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words, numbers and dates of summit reports in one language (English, French or Spanish;
 * English for any other). The module's own bundle, because reports are made without the UI.
 */
final class ReportLabels {
    private final ResourceBundle bundle;
    private final Locale locale;

    ReportLabels(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.bundle = ResourceBundle.getBundle("org.convene.reports.summit-report", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** Every text is a MessageFormat pattern, so an apostrophe is always written twice. */
    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    String dates(LocalDate first, LocalDate last) {
        return first.equals(last) ? date(first) : date(first) + " – " + date(last);
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }
}
