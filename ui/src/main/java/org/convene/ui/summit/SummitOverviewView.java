package org.convene.ui.summit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.CustomFields;
import org.convene.delegations.PersonalData;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.RoomView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitOverview;
import org.convene.summit.SummitLimits;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Formats;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.delegations.CustomFieldsSection;
import org.convene.ui.security.UserSession;

/** One summit at a glance: where and when, its troika, its themes and the rooms of its venue. */
@Route(value = "summits/:summitId", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class SummitOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final SummitManagement summits;
    private final UserManagement users;
    private final SummitEditing editing;
    private final CustomFields customFields;
    private final Actor actor;
    private final SummitErasure erasure;
    final Grid<ThemeView> themes = new Grid<>();
    final Grid<RoomView> rooms = new Grid<>();
    private long summitId;
    private String title = "";
    private Map<Long, String> people = Map.of();

    public SummitOverviewView(SummitManagement summits, ChairmanshipManagement chairmanships, SummitSetup setup, UserManagement users,
                              CustomFields customFields, UserSession session, PersonalData personalData, Clock clock) {
        this.customFields = customFields;
        this.actor = Actor.of(session.user().orElseThrow());
        this.summits = summits;
        this.users = users;
        this.editing = new SummitEditing(this, summits, chairmanships, setup, users, this::refresh);
        this.erasure = new SummitErasure(this, personalData, Actor.of(session.user().orElseThrow()), clock);
        themes.addColumn(ThemeView::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        themes.addColumn(ThemeView::title).setHeader(getTranslation("theme.title")).setFlexGrow(3);
        themes.addColumn(t -> t.resourcePersonId() == null ? "—" : people.getOrDefault(t.resourcePersonId(), "—"))
                .setHeader(getTranslation("theme.resource-person"));
        themes.setAllRowsVisible(true);
        themes.setAriaLabel(getTranslation("summit.themes"));
        themes.addItemClickListener(e -> editing.editTheme(summitId, e.getItem()));
        rooms.addColumn(RoomView::name).setHeader(getTranslation("room.name")).setFlexGrow(2);
        rooms.addColumn(r -> Formats.number(r.capacity(), getLocale())).setHeader(getTranslation("room.capacity"));
        rooms.addColumn(r -> r.floorArea() == null ? "" : r.floorArea()).setHeader(getTranslation("room.floor-area"));
        rooms.setAllRowsVisible(true);
        rooms.setAriaLabel(getTranslation("summit.rooms"));
        rooms.addItemClickListener(e -> editing.editRoom(summitId, e.getItem()));
    }

    public static RouteParameters parameters(long summitId) {
        return new RouteParameters(Map.of("summitId", String.valueOf(summitId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("summitId");
        if (id.isEmpty() || summits.find(id.get()).isEmpty()) {
            event.forwardTo(SummitListView.class);
            return;
        }
        summitId = id.get();
        refresh();
    }

    void refresh() {
        SummitOverview overview = summits.overview(summitId);
        title = overview.summit().title();
        removeAll();
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), e -> editing.editSummit(overview.summit()));
        add(new Header(new H2(title), edit, erasure.button(overview.summit(), this::refresh)));
        add(new Paragraph(overview.summit().city() + " · " + overview.summit().venue() + " · "
                + Formats.range(overview.summit().startDate(), overview.summit().endDate(), getLocale())));
        if (overview.summit().overarchingTheme() != null) {
            add(new Paragraph(getTranslation("summit.overarching-theme") + ": " + overview.summit().overarchingTheme()));
        }
        if (overview.summit().retentionDate() != null) {
            add(new Paragraph(getTranslation("summit.retention-date") + ": " + Formats.date(overview.summit().retentionDate(), getLocale())));
        }
        add(languageSelect(overview.summit()));
        add(new TroikaCard(overview.troika()));
        Button addTheme = new Button(getTranslation("theme.new"), VaadinIcon.PLUS.create(), e -> editing.editTheme(summitId, null));
        add(new Header(new H3(getTranslation("summit.themes")), addTheme));
        // One query for all resource persons' names, not one per theme row.
        people = users.list().stream().collect(Collectors.toMap(UserView::id, UserView::displayName));
        themes.setItems(overview.themes());
        add(overview.themes().isEmpty() ? new EmptyState(getTranslation("theme.empty")) : themes);
        Button addRoom = new Button(getTranslation("room.new"), VaadinIcon.PLUS.create(), e -> editing.editRoom(summitId, null));
        add(new Header(new H3(getTranslation("summit.rooms")), addRoom));
        rooms.setItems(overview.rooms());
        add(overview.rooms().isEmpty() ? new EmptyState(getTranslation("room.empty")) : rooms);
        add(new CustomFieldsSection(customFields, actor, summitId));
    }

    /** The summit's language, saved as soon as it is chosen: the summit report prints in it. */
    private Select<String> languageSelect(SummitView summit) {
        Select<String> select = new Select<>();
        select.setId("summit-language");
        select.setLabel(getTranslation("summit.language"));
        select.setHelperText(getTranslation("summit.language.help"));
        select.setItems(SummitLimits.LANGUAGES);
        select.setItemLabelGenerator(code -> Locale.forLanguageTag(code).getDisplayLanguage(getLocale()));
        select.setValue(summit.language());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null
                    && ServerErrors.attempt(this, Map.of("language", select), () -> summits.setLanguage(summitId, e.getValue()))) {
                Notification.show(getTranslation("summit.language.saved", select.getItemLabelGenerator().apply(e.getValue())));
            }
        });
        return select;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
