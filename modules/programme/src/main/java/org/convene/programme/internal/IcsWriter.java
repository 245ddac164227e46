package org.convene.programme.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.convene.programme.SessionView;

/**
 * Sessions as an iCalendar (RFC 5545) file with ical4j, which folds lines and escapes commas,
 * semicolons and line breaks in texts. Times are written in UTC (converted from the venue's zone),
 * which every client reads the same; each session keeps its UID across edits and counts them in
 * SEQUENCE, so a subscribed calendar updates the event instead of duplicating it.
 */
final class IcsWriter {
    private IcsWriter() {
    }

    static String write(String name, ZoneId zone, List<SessionView> sessions, AgendaLabels labels) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Convene//Programme//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (SessionView s : sessions) {
            VEvent event = new VEvent(s.start().atZone(zone).toInstant(), s.end().atZone(zone).toInstant(), s.title());
            event.add(new Uid(s.uid()));
            event.add(new Location(s.roomName()));
            event.add(new Categories(labels.kind(s.kind())));
            List<String> lines = AgendaExportService.details(s, labels);
            if (!lines.isEmpty()) {
                event.add(new Description(String.join("\n", lines)));
            }
            event.add(new Sequence(s.sequence()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
