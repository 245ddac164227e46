package org.convene.ui.roundtables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.convene.roundtables.OutcomeEvent;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeSection;
import org.convene.roundtables.OutcomeStatus;

/** The outcome's words in the user's language: statuses, sections, flags and workflow steps. */
final class OutcomeLabels {
    private final Component owner;

    OutcomeLabels(Component owner) {
        this.owner = owner;
    }

    String status(OutcomeStatus status) {
        return owner.getTranslation("outcome.status." + status.name().toLowerCase(Locale.ROOT));
    }

    String section(OutcomeSection section) {
        return owner.getTranslation("outcome.section." + section.field());
    }

    String kind(OutcomeFlag.Kind kind) {
        return owner.getTranslation(kind == OutcomeFlag.Kind.PARTICIPANT_NAME ? "outcome.flag.name" : "outcome.flag.attribution");
    }

    String resolution(OutcomeFlag.Resolution resolution) {
        return owner.getTranslation(resolution == OutcomeFlag.Resolution.PRACTICE ? "outcome.flag.is-practice" : "outcome.flag.is-partnership");
    }

    /** "Submitted by Rahul Menon, 23 Nov 2026, 14:05" or "Comment by …". */
    String event(OutcomeEvent event) {
        String who = event.byName() == null ? "—" : event.byName();
        String what = event.isComment() ? owner.getTranslation("outcome.history.comment")
                : owner.getTranslation("outcome.history.to", status(event.to()));
        return owner.getTranslation("outcome.history.line", what, who, dateTime(event.at()));
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).withZone(ZoneId.systemDefault()).format(instant);
    }
}
