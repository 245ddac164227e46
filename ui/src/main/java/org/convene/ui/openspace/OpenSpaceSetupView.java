package org.convene.ui.openspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.openspace.MeetingView;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.OpenSpaceLimits;
import org.convene.openspace.OpenSpaceSetup;
import org.convene.openspace.ScheduleResult;
import org.convene.programme.Programme;
import org.convene.programme.SessionKind;
import org.convene.programme.SessionView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The chair office lays out a summit's Open Space: the periods (programme sessions of kind Open
 * Space), the slot length and the meeting places; sees every booked meeting (when, where, who; a
 * filter by place or name) and runs the scheduler for requests with any slot.
 */
@Route(value = "open-space/setup", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class OpenSpaceSetupView extends VerticalLayout implements HasDynamicTitle {
    final Select<SummitView> summit = new Select<>();
    final IntegerField slotMinutes = new IntegerField();
    final MultiSelectComboBox<SessionView> periods = new MultiSelectComboBox<>();
    final Button save = new Button();
    final TextField placeName = new TextField();
    final IntegerField capacity = new IntegerField();
    final Button addPlace = new Button();
    final Grid<OpenSpaceSetup.Place> places = new Grid<>();
    final Button schedule = new Button();
    final Paragraph status = new Paragraph();
    final TextField meetingFilter = new TextField();
    final Grid<MeetingView> meetings = new Grid<>();
    final EmptyState noMeetings = new EmptyState("");
    private List<MeetingView> allMeetings = List.of();
    private final Div content = new Div();
    private final OpenSpace openSpace;
    private final Programme programme;
    private final Actor actor;

    public OpenSpaceSetupView(UserSession session, SummitManagement summits, OpenSpace openSpace, Programme programme) {
        this.openSpace = openSpace;
        this.programme = programme;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        summit.addValueChangeListener(e -> show());
        slotMinutes.setLabel(getTranslation("openspace.setup.slot-minutes"));
        slotMinutes.setMin(OpenSpaceLimits.SLOT_MINUTES_MIN);
        slotMinutes.setMax(OpenSpaceLimits.SLOT_MINUTES_MAX);
        slotMinutes.setStepButtonsVisible(true);
        periods.setLabel(getTranslation("openspace.setup.periods"));
        periods.setHelperText(getTranslation("openspace.setup.periods.help"));
        periods.setItemLabelGenerator(s -> s.title() + " · " + OpenSpaceLabels.slot(s.start(), getLocale()) + "–" + s.end().toLocalTime());
        periods.setWidth("36rem");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveLayout());
        placeName.setLabel(getTranslation("openspace.setup.place"));
        placeName.setMaxLength(OpenSpaceLimits.PLACE_NAME_MAX);
        capacity.setLabel(getTranslation("openspace.setup.capacity"));
        capacity.setMin(OpenSpaceLimits.CAPACITY_MIN);
        capacity.setMax(OpenSpaceLimits.CAPACITY_MAX);
        capacity.setValue(4);
        addPlace.setText(getTranslation("openspace.setup.add-place"));
        addPlace.addClickListener(e -> addPlace());
        places.addColumn(OpenSpaceSetup.Place::name).setHeader(getTranslation("openspace.setup.place"));
        places.addColumn(OpenSpaceSetup.Place::capacity).setHeader(getTranslation("openspace.setup.capacity"));
        places.addComponentColumn(p -> new Button(getTranslation("action.remove"), e -> {
            if (ServerErrors.attempt(this, Map.of(), () -> openSpace.removePlace(actor, p.id()))) {
                show();
            }
        })).setHeader(getTranslation("openspace.setup.actions"));
        places.setAllRowsVisible(true);
        schedule.setText(getTranslation("openspace.setup.schedule"));
        schedule.addClickListener(e -> runScheduler());
        status.setId("openspace-setup-status");
        meetingFilter.setLabel(getTranslation("openspace.setup.meetings.filter"));
        meetingFilter.setPlaceholder(getTranslation("openspace.setup.meetings.filter.placeholder"));
        meetingFilter.setClearButtonVisible(true);
        meetingFilter.setValueChangeMode(ValueChangeMode.LAZY);
        meetingFilter.addValueChangeListener(e -> filterMeetings());
        meetingFilter.setId("openspace-meeting-filter");
        meetings.addColumn(m -> OpenSpaceLabels.slot(m.start(), getLocale()) + "–" + m.end().toLocalTime())
                .setHeader(getTranslation("openspace.setup.meetings.when")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(MeetingView::start).setSortable(true);
        meetings.addColumn(MeetingView::placeName).setHeader(getTranslation("openspace.setup.place")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true);
        meetings.addColumn(m -> m.people().stream().map(MeetingView.Person::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("openspace.setup.meetings.people"));
        meetings.setId("openspace-meetings-all");
        meetings.setAllRowsVisible(false);
        meetings.setHeight("24rem");
        add(new H2(getTranslation("nav.open-space-setup")), content);
        if (all.isEmpty()) {
            content.add(new EmptyState(getTranslation("home.no-summits")));
        } else {
            HorizontalLayout placeForm = new HorizontalLayout(placeName, capacity, addPlace);
            placeForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            content.add(summit, new H3(getTranslation("openspace.setup.slots")), slotMinutes, periods, new Div(save),
                    new H3(getTranslation("openspace.setup.places")), placeForm, places,
                    new H3(getTranslation("openspace.setup.meetings")), status, schedule, meetingFilter, noMeetings, meetings);
            summit.setValue(all.getFirst());
        }
    }

    public Select<SummitView> summitSelect() {
        return summit;
    }

    public MultiSelectComboBox<SessionView> periodPicker() {
        return periods;
    }

    void show() {
        long id = summit.getValue().id();
        OpenSpaceSetup setup = openSpace.setup(id);
        List<SessionView> candidates = programme.sessions(id).stream().filter(s -> s.kind() == SessionKind.OPEN_SPACE).toList();
        periods.setItems(candidates);
        Set<Long> picked = new HashSet<>(setup.periods().stream().map(OpenSpaceSetup.Period::sessionId).toList());
        periods.setValue(new HashSet<>(candidates.stream().filter(s -> picked.contains(s.id())).toList()));
        if (candidates.isEmpty()) {
            periods.setHelperText(getTranslation("openspace.setup.no-sessions"));
        }
        slotMinutes.setValue(setup.slotMinutes());
        places.setItems(setup.places());
        allMeetings = openSpace.meetings(actor, id);
        status.setText(getTranslation("openspace.setup.status", setup.slots().size(), setup.places().size(), allMeetings.size()));
        filterMeetings();
    }

    /** Meetings whose place or people contain every word typed, in any script; the whole list is already in memory. */
    void filterMeetings() {
        String typed = meetingFilter.getValue().strip().toLowerCase(Locale.ROOT);
        String[] words = typed.isEmpty() ? new String[0] : typed.split("\\s+");
        List<MeetingView> shown = allMeetings.stream().filter(m -> {
            String text = (m.placeName() + " " + m.people().stream().map(MeetingView.Person::name).collect(Collectors.joining(" ")))
                    .toLowerCase(Locale.ROOT);
            return Arrays.stream(words).allMatch(text::contains);
        }).toList();
        meetings.setItems(shown);
        meetings.setVisible(!shown.isEmpty());
        noMeetings.removeAll();
        noMeetings.add(new Paragraph(getTranslation(allMeetings.isEmpty() ? "openspace.setup.meetings.none" : "openspace.setup.meetings.no-match")));
        noMeetings.setVisible(shown.isEmpty());
    }

    void saveLayout() {
        List<Long> sessions = periods.getValue().stream().map(SessionView::id).toList();
        int minutes = slotMinutes.getValue() == null ? 0 : slotMinutes.getValue();
        if (ServerErrors.attempt(this, Map.of("slotMinutes", slotMinutes, "sessionIds", periods),
                () -> openSpace.configure(actor, summit.getValue().id(), minutes, sessions))) {
            ServerErrors.success(getTranslation("openspace.setup.saved"));
            show();
        }
    }

    void addPlace() {
        int seats = capacity.getValue() == null ? 0 : capacity.getValue();
        if (ServerErrors.attempt(this, Map.of("name", placeName, "capacity", capacity),
                () -> openSpace.addPlace(actor, summit.getValue().id(), placeName.getValue(), seats))) {
            placeName.clear();
            show();
        }
    }

    void runScheduler() {
        ScheduleResult result = openSpace.schedule(actor, summit.getValue().id());
        ServerErrors.success(getTranslation("openspace.setup.scheduled", result.placed(), result.requests(), result.upperBound()));
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.open-space-setup") + " · " + getTranslation("app.name");
    }
}
