package org.convene.ui.dashboard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.GroupView;
import org.convene.delegations.Participation;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.SummitFigures;
import org.convene.delegations.SummitFigures.GroupFigures;
import org.convene.documents.Charts;
import org.convene.documents.Charts.Bar;
import org.convene.platform.Countries;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Formats;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.delegations.GroupLabels;
import org.convene.ui.delegations.RegistrationListView;
import org.convene.ui.security.UserSession;

/**
 * The chair office's summit at a glance, refreshed while it is open: the figures that need
 * action, every group against its quota, and participation by region, gender and hour of
 * check-in. Each figure opens the list of the people it counts.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class DashboardView extends VerticalLayout implements HasDynamicTitle {
    /** Often enough to follow a check-in desk's morning, rarely enough to cost nothing. */
    static final int REFRESH_MILLIS = 15_000;
    private final Participation participation;
    private final Charts charts;
    private final Actor actor;
    private final GroupLabels labels = new GroupLabels(this);
    final Select<SummitView> summit = new Select<>();
    private final Span updated = new Span();
    final Div content = new Div();
    private Registration polling;

    public DashboardView(UserSession session, SummitManagement summits, Participation participation, Charts charts) {
        this.participation = participation;
        this.charts = charts;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("summit.title"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        summit.addValueChangeListener(e -> refresh());
        updated.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        content.setWidthFull();
        add(new Header(new H2(getTranslation("nav.dashboard")), summit, updated), content);
        if (all.isEmpty()) {
            content.add(new EmptyState(getTranslation("registration.no-summit")));
        } else {
            summit.setValue(all.getFirst());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(REFRESH_MILLIS);
        polling = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    void refresh() {
        SummitView current = summit.getValue();
        if (current == null) {
            return;
        }
        SummitFigures figures = participation.figures(actor, current.id());
        content.removeAll();
        content.add(cards(current.id(), figures), quotas(current.id(), figures), charts(current.id(), figures));
        updated.setText(getTranslation("dashboard.updated",
                LocalTime.now().withNano(0).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(getLocale()))));
    }

    private Component cards(long summitId, SummitFigures f) {
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.add(card("dashboard.pending", f.approvalsPending(), link(summitId, Map.of("status", RegistrationStatus.NOMINATED.name()))),
                card("dashboard.waiting", f.waiting(), link(summitId, Map.of("status", RegistrationStatus.WAITING_LIST.name()))),
                card("dashboard.badges", f.badgesIssued(), link(summitId, Map.of("status", RegistrationStatus.BADGE_ISSUED.name()))),
                card("dashboard.checked-in", f.checkedIn(), link(summitId, Map.of("status", RegistrationStatus.CHECKED_IN.name()))),
                card("dashboard.participants", f.participants(), link(summitId, Map.of("participants", "true"))));
        return cards;
    }

    private RouterLink card(String key, long value, QueryParameters filter) {
        RouterLink card = new RouterLink(RegistrationListView.class);
        card.setQueryParameters(filter);
        Span number = new Span(Formats.number(value, getLocale()));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600").set("display", "block");
        Span label = new Span(getTranslation(key));
        card.add(number, label);
        card.addClassName("dashboard-card");
        card.getStyle().set("padding", "var(--lumo-space-m)").set("min-width", "9rem").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("text-decoration", "none").set("color", "var(--lumo-body-text-color)");
        return card;
    }

    private Component quotas(long summitId, SummitFigures f) {
        VerticalLayout quotas = new VerticalLayout(new H3(getTranslation("dashboard.quotas")));
        quotas.setPadding(false);
        if (f.groups().isEmpty()) {
            quotas.add(new EmptyState(getTranslation("group.empty")));
        }
        for (GroupFigures g : f.groups()) {
            String name = labels.label(new GroupView(g.groupId(), summitId, g.kind(), g.stateCode(), g.name(), g.places(), Map.of(), g.taken(), g.waiting()));
            RouterLink link = new RouterLink(RegistrationListView.class);
            link.setText(name);
            link.setQueryParameters(link(summitId, Map.of("group", String.valueOf(g.groupId()))));
            int max = Math.max(1, g.places());
            ProgressBar bar = new ProgressBar(0, max, Math.min(g.taken(), max));
            String text = getTranslation("group.taken-of", Formats.number(g.taken(), getLocale()), Formats.number(g.places(), getLocale()))
                    + (g.waiting() > 0 ? " · " + getTranslation("dashboard.waiting-n", g.waiting()) : "");
            bar.getElement().setAttribute("aria-label", name + ": " + text);
            if (g.taken() >= g.places()) {
                bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
            }
            Div row = new Div(link, bar, new Span(text));
            row.setWidthFull();
            row.getStyle().set("max-width", "40rem");
            quotas.add(row);
        }
        return quotas;
    }

    /** One bar of a chart: its label, its figure, and the filter of the list it counts. */
    private record Figure(String label, long count, Map<String, String> filter) {
    }

    private Component charts(long summitId, SummitFigures f) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-l)");
        List<Figure> regions = new ArrayList<>();
        f.byRegion().forEach((code, n) -> regions.add(new Figure(SummitFigures.UNSPECIFIED.equals(code)
                ? getTranslation("dashboard.unspecified") : Countries.continentName(code, getLocale()), n,
                Map.of("participants", "true", "region", code))));
        List<Figure> genders = new ArrayList<>();
        f.byGender().forEach((g, n) -> genders.add(new Figure(SummitFigures.UNSPECIFIED.equals(g)
                ? getTranslation("dashboard.unspecified") : getTranslation("gender." + g), n, Map.of("participants", "true", "gender", g))));
        List<Figure> hours = new ArrayList<>();
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneOffset.UTC);
        f.checkInsPerHour().forEach(h -> hours.add(new Figure(hour.format(h.hour()), h.count(),
                Map.of("status", RegistrationStatus.CHECKED_IN.name()))));
        row.add(chart(summitId, "dashboard.by-region", "dashboard.participants", regions, true),
                chart(summitId, "dashboard.by-gender", "dashboard.participants", genders, true),
                chart(summitId, "dashboard.check-ins-per-hour", "dashboard.checked-in", hours, false));
        return row;
    }

    /** The chart as an image, and the same figures as links for those who cannot see it or want the people behind one. */
    private Component chart(long summitId, String titleKey, String axisKey, List<Figure> figures, boolean horizontal) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation(titleKey)));
        box.setPadding(false);
        box.setWidth("min(28rem, 100%)");
        if (figures.isEmpty()) {
            box.add(new EmptyState(getTranslation("dashboard.no-data")));
            return box;
        }
        List<Bar> bars = figures.stream().map(fig -> new Bar(fig.label(), fig.count())).toList();
        String svg = charts.bars("", getTranslation(axisKey), bars, horizontal, 440, 260);
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                getTranslation(titleKey));
        image.setWidthFull();
        box.add(image);
        Div links = new Div();
        links.getStyle().set("font-size", "var(--lumo-font-size-s)").set("display", "flex").set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        for (Figure fig : figures) {
            RouterLink link = new RouterLink(RegistrationListView.class);
            link.setText(fig.label() + ": " + Formats.number(fig.count(), getLocale()));
            link.setQueryParameters(link(summitId, fig.filter()));
            links.add(link);
        }
        box.add(links);
        return box;
    }

    private static QueryParameters link(long summitId, Map<String, String> filter) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("summit", String.valueOf(summitId));
        all.putAll(filter);
        return QueryParameters.simple(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
