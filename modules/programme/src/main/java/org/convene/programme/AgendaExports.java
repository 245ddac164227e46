package org.convene.programme;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The programme and personal agendas as files: PDF (labels and dates in the given language,
 * names in any script) and iCalendar (times with the venue's time zone).
 */
public interface AgendaExports {
    /** @param day one day of the programme, or null for the whole summit */
    byte[] programmePdf(long summitId, LocalDate day, Locale locale);

    byte[] personalPdf(long registrationId, Locale locale);

    String programmeCalendar(long summitId, Locale locale);

    String personalCalendar(long registrationId, Locale locale);

    /** The calendar of the feed token's owner; empty when the token is unknown or revoked. */
    Optional<String> feed(String token, Locale locale);
}
