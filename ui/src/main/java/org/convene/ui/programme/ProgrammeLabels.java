package org.convene.ui.programme;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convene.platform.Countries;
import org.convene.programme.AudienceGroup;
import org.convene.programme.Conflict;
import org.convene.programme.PersonRef;
import org.convene.programme.SessionView;

/** How the programme's views word sessions, audiences and conflicts in the user's language. */
final class ProgrammeLabels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final Component owner;

    ProgrammeLabels(Component owner) {
        this.owner = owner;
    }

    /** The UI's language; the current UI's while the owner is not attached yet (views fill in their constructor). */
    private Locale locale() {
        UI ui = owner.getUI().orElse(UI.getCurrent());
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    String kind(SessionView s) {
        return owner.getTranslation("programme.kind." + s.kind().name());
    }

    String time(SessionView s) {
        return TIME.format(s.start()) + "–" + TIME.format(s.end());
    }

    String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(day);
    }

    String group(AudienceGroup group) {
        if (group.stateCode() != null) {
            return Countries.name(group.stateCode(), locale());
        }
        return group.name() != null ? group.name() : owner.getTranslation("group.kind." + group.kind());
    }

    String audience(SessionView s) {
        return switch (s.audience()) {
            case OPEN -> owner.getTranslation("programme.audience.OPEN");
            case GROUP -> owner.getTranslation("programme.audience.for", s.audienceGroup() == null ? "—" : group(s.audienceGroup()));
            case INVITATION -> owner.getTranslation("programme.audience.INVITATION");
        };
    }

    static String names(List<PersonRef> people) {
        return people.stream().map(PersonRef::name).collect(Collectors.joining(", "));
    }

    /** Chairs and speakers in one line, e.g. "Chairs: … · Speakers: …". */
    String people(SessionView s) {
        StringBuilder line = new StringBuilder();
        if (!s.chairs().isEmpty()) {
            line.append(owner.getTranslation("programme.chairs-list", names(s.chairs())));
        }
        if (!s.speakers().isEmpty()) {
            line.append(line.isEmpty() ? "" : " · ").append(owner.getTranslation("programme.speakers-list", names(s.speakers())));
        }
        return line.toString();
    }

    String conflict(Conflict c) {
        String key = "programme.conflict." + c.kind().name();
        return switch (c.kind()) {
            case ROOM_DOUBLE_BOOKED -> owner.getTranslation(key, c.roomName(), c.otherSessionTitle());
            case PERSON_DOUBLE_BOOKED -> owner.getTranslation(key, c.personName(), c.otherSessionTitle());
            case OUTSIDE_SUMMIT_DATES, ROOM_UNKNOWN -> owner.getTranslation(key);
            case PERSON_NOT_REGISTERED -> owner.getTranslation(key, c.personName());
            case ROOM_TOO_SMALL -> owner.getTranslation(key, c.roomName(), c.capacity(), c.expectedAudience());
        };
    }
}
