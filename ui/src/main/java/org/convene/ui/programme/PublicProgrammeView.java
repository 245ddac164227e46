package org.convene.ui.programme;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.convene.programme.AgendaExports;
import org.convene.programme.Programme;
import org.convene.programme.SessionView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;

/** The public programme of a summit, by day and by time or room, with its PDF and calendar; open to anyone. */
@Route(value = "programme", layout = MainLayout.class)
@AnonymousAllowed
@Prototype
public class PublicProgrammeView extends VerticalLayout implements HasDynamicTitle {
    private final Programme programme;
    private final AgendaExports exports;
    final Select<SummitView> summit = new Select<>();
    final RadioButtonGroup<Boolean> byRoom = new RadioButtonGroup<>();
    final SessionList sessions = new SessionList();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final EmptyState empty;

    public PublicProgrammeView(SummitManagement summits, Programme programme, AgendaExports exports) {
        this.programme = programme;
        this.exports = exports;
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        byRoom.setLabel(getTranslation("programme.order"));
        byRoom.setItems(false, true);
        byRoom.setItemLabelGenerator(r -> getTranslation(r ? "programme.by-room" : "programme.by-time"));
        byRoom.setValue(false);
        empty = new EmptyState(getTranslation(all.isEmpty() ? "programme.no-summits" : "programme.empty"));
        HorizontalLayout choices = new HorizontalLayout(summit, byRoom);
        choices.setWrap(true);
        add(new Header(new H2(getTranslation("nav.programme"))), choices, downloads, empty, sessions);
        summit.addValueChangeListener(e -> refresh());
        byRoom.addValueChangeListener(e -> refresh());
        if (!all.isEmpty()) {
            summit.setValue(all.getFirst());
        } else {
            downloads.setVisible(false);
        }
    }

    private void refresh() {
        if (summit.getValue() == null) {
            return;
        }
        long summitId = summit.getValue().id();
        List<SessionView> shown = programme.sessions(summitId);
        sessions.show(shown, byRoom.getValue(), day -> pdf(summitId, day, getTranslation("programme.day-pdf")), null);
        empty.setVisible(shown.isEmpty());
        downloads.removeAll();
        downloads.setVisible(!shown.isEmpty());
        downloads.add(pdf(summitId, null, getTranslation("programme.pdf")), calendar(summitId),
                new com.vaadin.flow.component.html.Span(getTranslation("programme.times-in", programme.timeZone(summitId).getId())));
    }

    private Anchor pdf(long summitId, LocalDate day, String text) {
        var locale = getLocale();
        Anchor link = new Anchor(new StreamResource("programme-" + summitId + (day == null ? "" : "-" + day) + ".pdf",
                () -> new ByteArrayInputStream(exports.programmePdf(summitId, day, locale))), text);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Anchor calendar(long summitId) {
        var locale = getLocale();
        Anchor link = new Anchor(new StreamResource("programme-" + summitId + ".ics",
                () -> new ByteArrayInputStream(exports.programmeCalendar(summitId, locale).getBytes(StandardCharsets.UTF_8))),
                getTranslation("programme.ical"));
        link.getElement().setAttribute("download", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programme") + " · " + getTranslation("app.name");
    }
}
