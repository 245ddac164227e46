package org.convene.ui.consultations;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.convene.consultations.ConsultationView;
import org.convene.platform.Countries;

/** How the consultation views write places and dates in the user's language. */
final class ConsultationLabels {
    private final Component owner;

    ConsultationLabels(Component owner) {
        this.owner = owner;
    }

    private java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = owner.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    String place(ConsultationView c) {
        return c.city() + ", " + Countries.name(c.countryCode(), locale());
    }

    String dates(ConsultationView c) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
        return c.startDate().equals(c.endDate()) ? f.format(c.startDate()) : f.format(c.startDate()) + " – " + f.format(c.endDate());
    }

    String themes(ConsultationView c) {
        return String.join(" · ", c.themes().stream().map(ConsultationView.Theme::title).toList());
    }

    String coChairs(ConsultationView c) {
        return String.join(", ", c.forumChairs().stream().map(code -> Countries.name(code, locale())).toList()) + " · " + c.process();
    }
}
