package org.convene.ui.programme;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.programme.SessionView;

/**
 * Sessions as a readable list: a heading per day, then the sessions by time, or grouped by room.
 * Plain lists and headings, so screen readers and the keyboard move through it as through a page.
 */
class SessionList extends Div {
    private final ProgrammeLabels labels = new ProgrammeLabels(this);

    /**
     * @param dayActions extra components beside each day's heading, e.g. that day's PDF
     * @param note       a line shown under a session, e.g. "You chair this session"; may answer null
     */
    void show(List<SessionView> sessions, boolean byRoom, Function<LocalDate, com.vaadin.flow.component.Component> dayActions,
              BiFunction<SessionView, Integer, String> note) {
        removeAll();
        Map<LocalDate, List<SessionView>> days = sessions.stream()
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        int index = 0;
        for (Map.Entry<LocalDate, List<SessionView>> day : days.entrySet()) {
            Div heading = new Div(new H3(labels.day(day.getKey())));
            heading.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
            if (dayActions != null) {
                heading.add(dayActions.apply(day.getKey()));
            }
            add(heading);
            if (byRoom) {
                Map<String, List<SessionView>> rooms = day.getValue().stream()
                        .collect(Collectors.groupingBy(SessionView::roomName, TreeMap::new, Collectors.toList()));
                for (Map.Entry<String, List<SessionView>> room : rooms.entrySet()) {
                    add(new H4(room.getKey()));
                    index = list(room.getValue(), false, note, index);
                }
            } else {
                index = list(day.getValue(), true, note, index);
            }
        }
    }

    private int list(List<SessionView> sessions, boolean withRoom, BiFunction<SessionView, Integer, String> note, int index) {
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        for (SessionView s : sessions) {
            ListItem item = new ListItem();
            item.addClassName("session");
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            Span time = new Span(labels.time(s) + "  ");
            time.getStyle().set("font-weight", "600");
            Span title = new Span(s.title());
            title.getStyle().set("font-weight", "600");
            item.add(time, title);
            String where = labels.kind(s) + (withRoom ? " · " + s.roomName() : "") + " · " + labels.audience(s);
            item.add(line(where));
            if (s.themeTitle() != null) {
                item.add(line(getTranslation("programme.theme-line", s.themeTitle())));
            }
            String people = labels.people(s);
            if (!people.isEmpty()) {
                item.add(line(people));
            }
            String extra = note == null ? null : note.apply(s, index);
            if (extra != null) {
                item.add(line(extra));
            }
            list.add(item);
            index++;
        }
        add(list);
        return index;
    }

    private static Div line(String text) {
        Div line = new Div(text);
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return line;
    }
}
