package org.convene.ui.roundtables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.convene.platform.Countries;
import org.convene.programme.AudienceGroup;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.RoundtableSlot;
import org.convene.ui.base.Formats;

/** How roundtables are written on screen, in the user's language. */
final class RoundtableLabels {
    private final Component owner;

    RoundtableLabels(Component owner) {
        this.owner = owner;
    }

    private Locale locale() {
        UI ui = owner.getUI().orElse(UI.getCurrent());
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    String format(RoundtableFormat format) {
        return owner.getTranslation("roundtable.format." + format.name());
    }

    String states(java.util.List<String> codes) {
        return Formats.states(codes, locale());
    }

    String group(AudienceGroup group) {
        if (group.stateCode() != null) {
            return Countries.name(group.stateCode(), locale());
        }
        return group.name() != null ? group.name() : owner.getTranslation("group.kind." + group.kind());
    }

    /** "Hall A · 25 Jan 2021, 11:00–13:00", or that it is not scheduled. */
    String slot(RoundtableSlot slot) {
        if (slot == null) {
            return owner.getTranslation("roundtable.not-scheduled");
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale());
        String end = slot.end().toLocalDate().equals(slot.start().toLocalDate()) ? time.format(slot.end())
                : day.format(slot.end()) + " " + time.format(slot.end());
        return slot.roomName() + " · " + day.format(slot.start()) + ", " + time.format(slot.start()) + "–" + end;
    }
}
