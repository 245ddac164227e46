package org.convene.ui.openspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.Participants;
import org.convene.openspace.AttendeeCard;
import org.convene.openspace.AttendeeSearch;
import org.convene.openspace.MeetingView;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.RequestStatus;
import org.convene.openspace.RequestView;
import org.convene.openspace.Response;
import org.convene.platform.Countries;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.delegations.GroupLabels;
import org.convene.ui.security.UserSession;

/**
 * An attendee's Open Space, one column so it reads on a phone: find people who chose to be
 * findable and request a meeting (person → slot → send), answer invitations, see and cancel
 * meetings. Everything shown is the attendee's own; the facade decides.
 */
@Route(value = "open-space", layout = MainLayout.class)
@PermitAll
@Prototype
public class OpenSpaceView extends VerticalLayout implements HasDynamicTitle {
    final Select<SummitView> summit = new Select<>();
    final TextField search = new TextField();
    final Select<Participants.GroupRef> group = new Select<>();
    final ComboBox<String> country = new ComboBox<>();
    final VerticalLayout people = new VerticalLayout();
    final VerticalLayout requests = new VerticalLayout();
    final VerticalLayout meetings = new VerticalLayout();
    private final Div content = new Div();
    private final OpenSpace openSpace;
    private final Participants participants;
    private final Actor actor;

    public OpenSpaceView(UserSession session, SummitManagement summits, OpenSpace openSpace, Participants participants) {
        this.openSpace = openSpace;
        this.participants = participants;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> mine = summits.list().stream().filter(s -> openSpace.me(actor, s.id()).isPresent()).toList();
        setMaxWidth("48rem");
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(mine);
        summit.setItemLabelGenerator(SummitView::title);
        summit.setWidthFull();
        summit.addValueChangeListener(e -> {
            // The summit's groups, once per summit: refreshing after an answer keeps the chosen group.
            group.setItems(participants.groupsOf(summitId()));
            refresh();
        });
        search.setLabel(getTranslation("openspace.find"));
        search.setPlaceholder(getTranslation("openspace.find.placeholder"));
        search.setHelperText(getTranslation("openspace.find.help"));
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> showPeople());
        search.setId("openspace-search");
        GroupLabels labels = new GroupLabels(this);
        group.setLabel(getTranslation("openspace.find.group"));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("openspace.find.any-group"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("openspace.find.any-group") : labels.label(g));
        group.addValueChangeListener(e -> showPeople());
        group.setId("openspace-group");
        country.setLabel(getTranslation("openspace.find.country"));
        country.setPlaceholder(getTranslation("openspace.find.any-country"));
        country.setItems(Countries.codesByName(getLocale()));
        country.setItemLabelGenerator(c -> Countries.name(c, getLocale()));
        country.setClearButtonVisible(true);
        country.addValueChangeListener(e -> showPeople());
        country.setId("openspace-country");
        HorizontalLayout filters = new HorizontalLayout(group, country);
        filters.setWidthFull();
        filters.getStyle().set("flex-wrap", "wrap");
        for (VerticalLayout list : List.of(people, requests, meetings)) {
            list.setPadding(false);
            list.setSpacing(true);
        }
        people.setId("openspace-people");
        requests.setId("openspace-requests");
        meetings.setId("openspace-meetings");
        add(new H2(getTranslation("nav.open-space")), content);
        if (mine.isEmpty()) {
            content.add(new EmptyState(getTranslation("openspace.not-registered")));
        } else {
            content.add(summit, new H3(getTranslation("openspace.my-meetings")), meetings,
                    new H3(getTranslation("openspace.my-requests")), requests,
                    new H3(getTranslation("openspace.people")), search, filters, people);
            summit.setValue(mine.getFirst());
        }
    }

    public Select<SummitView> summitSelect() {
        return summit;
    }

    long summitId() {
        return summit.getValue().id();
    }

    void refresh() {
        showMeetings();
        showRequests();
        showPeople();
    }

    void showPeople() {
        people.removeAll();
        Long groupId = group.getValue() == null ? null : group.getValue().id();
        List<AttendeeCard> found = openSpace.find(actor, summitId(), new AttendeeSearch(search.getValue(), groupId, country.getValue()));
        boolean filtered = !search.getValue().isBlank() || groupId != null || country.getValue() != null;
        if (found.isEmpty()) {
            people.add(new EmptyState(getTranslation(filtered ? "openspace.people.no-match" : "openspace.people.none")));
        }
        for (AttendeeCard card : found.stream().limit(30).toList()) {
            Button request = new Button(getTranslation("openspace.request"), e -> new RequestDialog(openSpace, actor, summitId(), card, this::refresh).open());
            request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            request.getElement().setAttribute("aria-label", getTranslation("openspace.request.with", card.name()));
            String about = card.organisation() + " · " + Countries.name(card.country(), getLocale())
                    + (card.interests() == null ? "" : " · " + card.interests());
            people.add(card(card.name() + (card.latinName() == null ? "" : " (" + card.latinName() + ")"), about, request));
        }
    }

    void showRequests() {
        requests.removeAll();
        List<RequestView> mine = openSpace.myRequests(actor, summitId()).stream()
                .filter(r -> r.status() == RequestStatus.OPEN || r.status() == RequestStatus.ACCEPTED).toList();
        long me = openSpace.me(actor, summitId()).orElseThrow();
        if (mine.isEmpty()) {
            requests.add(new EmptyState(getTranslation("openspace.requests.none")));
        }
        for (RequestView r : mine) {
            boolean sent = r.requesterId() == me;
            String who = sent ? getTranslation("openspace.request.to", names(r, me)) : getTranslation("openspace.request.from", r.requesterName());
            String when = r.slot() == null ? getTranslation("openspace.any-slot") : OpenSpaceLabels.slot(r.slot(), getLocale());
            HorizontalLayout actions = new HorizontalLayout();
            boolean pending = r.invitees().stream().anyMatch(i -> i.registrationId() == me && i.response() == Response.PENDING);
            if (pending && r.status() == RequestStatus.OPEN) {
                Button accept = new Button(getTranslation("openspace.accept"), e -> act(() -> openSpace.respond(actor, r.id(), true)));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                actions.add(accept, new Button(getTranslation("openspace.decline"), e -> act(() -> openSpace.respond(actor, r.id(), false))));
            } else {
                actions.add(new Button(getTranslation("openspace.cancel"), e -> act(() -> openSpace.cancel(actor, r.id()))));
            }
            String state = getTranslation("openspace.status." + r.status().name());
            requests.add(card(who, when + " · " + state + (r.message() == null ? "" : " · “" + r.message() + "”"), actions));
        }
    }

    void showMeetings() {
        meetings.removeAll();
        List<MeetingView> mine = openSpace.myMeetings(actor, summitId());
        long me = openSpace.me(actor, summitId()).orElseThrow();
        if (mine.isEmpty()) {
            meetings.add(new EmptyState(getTranslation("openspace.meetings.none")));
        }
        for (MeetingView m : mine) {
            String others = m.people().stream().filter(p -> p.registrationId() != me).map(MeetingView.Person::name).collect(Collectors.joining(", "));
            Button cancel = new Button(getTranslation("openspace.cancel"), e -> act(() -> openSpace.cancel(actor, m.requestId())));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            meetings.add(card(others, OpenSpaceLabels.slot(m.start(), getLocale()) + " · " + m.placeName(), cancel));
        }
    }

    private void act(Runnable action) {
        if (ServerErrors.attempt(this, Map.of(), action)) {
            refresh();
        }
    }

    private static String names(RequestView r, long me) {
        return r.invitees().stream().filter(i -> i.registrationId() != me).map(RequestView.Invitee::name).collect(Collectors.joining(", "));
    }

    private static Div card(String title, String detail, com.vaadin.flow.component.Component action) {
        Span name = new Span(title);
        name.getStyle().set("font-weight", "600");
        Paragraph about = new Paragraph(detail);
        about.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout text = new VerticalLayout(name, about);
        text.setPadding(false);
        text.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(text, action);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setFlexGrow(1, text);
        row.getStyle().set("flex-wrap", "wrap");
        Div card = new Div(row);
        card.addClassName("openspace-card");
        card.setWidthFull();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.open-space") + " · " + getTranslation("app.name");
    }
}
