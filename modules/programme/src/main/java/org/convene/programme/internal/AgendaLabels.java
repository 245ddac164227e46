package org.convene.programme.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.convene.platform.Countries;
import org.convene.programme.AudienceGroup;
import org.convene.programme.SessionKind;

/**
 * The words and date formats of exported agendas in one language (English, French or Spanish;
 * English for any other). The module's own bundle, because PDFs and calendars are made without the UI.
 */
final class AgendaLabels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final ResourceBundle bundle;
    private final Locale locale;

    AgendaLabels(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.bundle = ResourceBundle.getBundle("org.convene.programme.agenda", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    String kind(SessionKind kind) {
        return get("kind." + kind.name());
    }

    String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
    }

    String time(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        return TIME.format(start) + "–" + TIME.format(end);
    }

    String group(AudienceGroup group) {
        if (group.stateCode() != null) {
            return get("group.STATE_DELEGATION", Countries.name(group.stateCode(), locale));
        }
        if (group.name() != null) {
            return group.name();
        }
        return bundle.containsKey("group." + group.kind()) ? get("group." + group.kind()) : group.kind();
    }
}
