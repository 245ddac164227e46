package org.convene.delegations.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.convene.mail.Mail;
import org.convene.mail.MailBundle;
import org.convene.platform.Countries;
import org.convene.summit.SummitView;

/**
 * The texts of the mails to delegates, in English, French or Spanish, from this module's own
 * bundle {@code mails*.properties} (the UI's bundles are the UI's; the mail is this module's word).
 */
final class MailTexts {
    private final Locale language;
    private final MailBundle bundle;

    MailTexts(Locale language) {
        this.bundle = MailBundle.of("org.convene.delegations.internal.mails", language.getLanguage());
        this.language = bundle.language();
    }

    Locale language() {
        return language;
    }

    String format(String key, Object... arguments) {
        return bundle.format(key, arguments);
    }

    Mail mail(String to, String kind, String reference, Object... arguments) {
        return bundle.mail(to, kind, reference, arguments);
    }

    String group(Group group) {
        return switch (group.kind()) {
            case STATE_DELEGATION -> format("group.STATE_DELEGATION", Countries.name(group.stateCode(), language));
            case OBSERVER, INVITED -> group.name();
            default -> format("group." + group.kind().name());
        };
    }

    /** When a link stops working, in the reader's language, in UTC (the mail cannot know their zone). */
    String until(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language).withZone(java.time.ZoneOffset.UTC)
                .format(instant) + " UTC";
    }

    String dates(SummitView summit) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        LocalDate start = summit.startDate();
        LocalDate end = summit.endDate();
        return start.equals(end) ? format.format(start) : format.format(start) + " – " + format.format(end);
    }
}
