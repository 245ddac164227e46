package org.convene.ui.programme;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.programme.AgendaItem;
import org.convene.programme.AgendaPart;
import org.convene.programme.AgendaExports;
import org.convene.programme.PersonalAgenda;
import org.convene.programme.PersonalAgendas;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.security.UserSession;

/**
 * The signed-in person's agenda in a summit where their account's e-mail is registered: the
 * sessions they chair, speak in or may attend, as a page, a PDF and a private calendar feed whose
 * link they create, replace or revoke here.
 */
@Route(value = "my-agenda", layout = MainLayout.class)
@PermitAll
@Prototype
public class MyAgendaView extends VerticalLayout implements HasDynamicTitle {
    private final PersonalAgendas agendas;
    private final AgendaExports exports;
    private final Map<Long, Long> registrations;
    final Select<SummitView> summit = new Select<>();
    final SessionList sessions = new SessionList();
    final Button createFeed = new Button();
    final Button revokeFeed = new Button();
    final TextField feedLink = new TextField();
    private final Paragraph feedState = new Paragraph();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final VerticalLayout feed = new VerticalLayout();
    private final EmptyState empty = new EmptyState("");

    public MyAgendaView(UserSession session, SummitManagement summits, PersonalAgendas agendas, AgendaExports exports) {
        this.agendas = agendas;
        this.exports = exports;
        String email = session.user().orElseThrow().email();
        List<SummitView> mine = summits.list().stream().filter(s -> agendas.registrationOf(s.id(), email).isPresent()).toList();
        registrations = mine.stream().collect(Collectors.toMap(SummitView::id, s -> agendas.registrationOf(s.id(), email).orElseThrow()));
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(mine);
        summit.setItemLabelGenerator(SummitView::title);
        createFeed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createFeed.addClickListener(e -> newFeed());
        revokeFeed.setText(getTranslation("agenda.feed.revoke"));
        revokeFeed.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revokeFeed.addClickListener(e -> {
            agendas.revokeFeed(registration());
            feedLink.setVisible(false);
            showFeed();
        });
        feedLink.setLabel(getTranslation("agenda.feed.link"));
        feedLink.setReadOnly(true);
        feedLink.setWidthFull();
        feedLink.setHelperText(getTranslation("agenda.feed.link.help"));
        feedLink.setVisible(false);
        feed.setPadding(false);
        feed.add(new H3(getTranslation("agenda.feed")), feedState, new HorizontalLayout(createFeed, revokeFeed), feedLink);
        add(new Header(new H2(getTranslation("nav.my-agenda"))), summit, downloads, empty, sessions, feed);
        summit.addValueChangeListener(e -> refresh());
        if (mine.isEmpty()) {
            empty.getElement().removeAllChildren();
            empty.add(new Paragraph(getTranslation("agenda.not-registered")));
            summit.setVisible(false);
            feed.setVisible(false);
            downloads.setVisible(false);
        } else {
            summit.setValue(mine.getFirst());
        }
    }

    private long registration() {
        return registrations.get(summit.getValue().id());
    }

    private void refresh() {
        PersonalAgenda agenda = agendas.agenda(registration());
        List<AgendaItem> items = agenda.items();
        sessions.show(items.stream().map(AgendaItem::session).toList(), false, null, (s, i) -> note(items.get(i).part()));
        empty.getElement().removeAllChildren();
        empty.add(new Paragraph(getTranslation("agenda.empty")));
        empty.setVisible(items.isEmpty());
        downloads.removeAll();
        var locale = getLocale();
        long id = registration();
        Anchor pdf = new Anchor(new StreamResource("agenda-" + id + ".pdf",
                () -> new ByteArrayInputStream(exports.personalPdf(id, locale))), getTranslation("agenda.pdf"));
        pdf.getElement().setAttribute("download", true);
        downloads.add(pdf);
        feedLink.setVisible(false);
        showFeed();
    }

    private String note(AgendaPart part) {
        return part == AgendaPart.ATTENDING ? null : getTranslation("agenda.part." + part.name());
    }

    private void showFeed() {
        boolean live = agendas.hasFeed(registration());
        feedState.setText(getTranslation(live ? "agenda.feed.live" : "agenda.feed.none"));
        createFeed.setText(getTranslation(live ? "agenda.feed.replace" : "agenda.feed.create"));
        revokeFeed.setVisible(live);
    }

    private void newFeed() {
        String token = agendas.newFeedToken(registration());
        feedLink.setValue(origin() + "/api/v1/agenda-feeds/" + token);
        feedLink.setVisible(true);
        feedLink.focus();
        showFeed();
    }

    /** Where this server is reached, so the link works when pasted into a calendar app. */
    private static String origin() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            StringBuffer url = servlet.getHttpServletRequest().getRequestURL();
            String path = servlet.getHttpServletRequest().getRequestURI();
            return url.substring(0, url.length() - path.length());
        }
        return "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-agenda") + " · " + getTranslation("app.name");
    }
}
