package org.convene.consultations.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and dates of consultation reports in one language (English, French or Spanish;
 * English for any other). The module's own bundle, because PDFs are made without the UI.
 */
final class ReportLabels {
    private final ResourceBundle bundle;
    private final Locale locale;

    ReportLabels(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.bundle = ResourceBundle.getBundle("org.convene.consultations.report", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
