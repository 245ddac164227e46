package org.convene.ui.base;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convene.platform.Countries;

/** Dates, numbers and state names in the user's language. */
public final class Formats {
    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A moment as the server's clock shows it, e.g. "23 Nov 2026, 14:05:09": the desk and the office work where the server is set. */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    public static String range(LocalDate start, LocalDate end, Locale locale) {
        return date(start, locale) + " – " + date(end, locale);
    }

    public static String number(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public static String states(List<String> codes, Locale locale) {
        return codes.stream().map(c -> Countries.name(c, locale)).collect(Collectors.joining(" · "));
    }
}
