package org.convene.ui.delegations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.AttendeeInvitations;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.BulkDecisions;
import org.convene.delegations.CustomFields;
import org.convene.delegations.DelegatePhotos;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupView;
import org.convene.delegations.RegistrationExport;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.SheetFormat;
import org.convene.delegations.StakeholderGroups;
import org.convene.delegations.SummitFigures;
import org.convene.identity.Role;
import org.convene.platform.Countries;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.security.UserSession;

/**
 * The registrations a user may see: a lead or focal point their own group's, the chair office
 * all, filtered by group, status, nationality and role, with counts by status. Leads nominate one
 * by one or import a file; the chair office approves or rejects one or many; everyone exports what
 * the list shows.
 */
@Route(value = "registrations", layout = MainLayout.class)
@RolesAllowed({"CHAIR_OFFICE", "MECHANISM_LEAD", "FOCAL_POINT"})
@Prototype
public class RegistrationListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private final DelegateRegistration registrations;
    private final StakeholderGroups groups;
    private final CustomFields customFields;
    private boolean presetting;
    private final RegistrationExport export;
    private final Actor actor;
    private final boolean chairOffice;
    private final GroupLabels labels = new GroupLabels(this);
    private final RegistrationActions actions;
    final Select<SummitView> summit = new Select<>();
    final RegistrationFilters filters;
    final Grid<RegistrationView> grid = new Grid<>();
    final Span counts = new Span();
    final BulkDecisionBar bulk;
    private final EmptyState empty;
    private Map<Long, GroupView> groupsById = Map.of();

    public RegistrationListView(UserSession session, SummitManagement summits, DelegateRegistration registrations, StakeholderGroups groups,
                                BadgePrinting badgePrinting, CustomFields customFields, PersonalDataActions personalData,
                                DelegatePhotos photos, BulkDecisions decisions, RegistrationExport export, AttendeeInvitations invitations) {
        this.customFields = customFields;
        this.registrations = registrations;
        this.groups = groups;
        this.export = export;
        this.actor = Actor.of(session.user().orElseThrow());
        this.chairOffice = session.has(Role.CHAIR_OFFICE);
        this.actions = new RegistrationActions(this, registrations, badgePrinting, actor, labels, this::refresh, invitations);
        this.filters = new RegistrationFilters(labels, this::refresh);
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("registration.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        Button nominate = new Button(getTranslation("registration.nominate"), VaadinIcon.PLUS.create(),
                e -> actions.nominate(List.copyOf(groupsById.values()), customFields.list(summit.getValue().id())));
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importFile = new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        importFile.setId("import-link");
        grid.addColumn(r -> r.person().givenName() + " " + r.person().familyName() + latin(r)).setHeader(getTranslation("person.name")).setFlexGrow(3);
        grid.addColumn(r -> groupsById.containsKey(r.groupId()) ? labels.label(groupsById.get(r.groupId())) : "").setHeader(getTranslation("person.group")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("delegate-role." + r.person().role().name())).setHeader(getTranslation("person.role"));
        grid.addColumn(r -> getTranslation("status." + r.status().name())
                + (r.waitlistPosition() == null ? "" : " #" + r.waitlistPosition())).setHeader(getTranslation("registration.status"));
        if (chairOffice) {
            grid.addComponentColumn(actions::decisionButtons).setHeader(getTranslation("registration.decision")).setAutoWidth(true);
            grid.addComponentColumn(r -> personalData.buttons(this, actor, r, this::refresh))
                    .setHeader(getTranslation("privacy.personal-data")).setAutoWidth(true);
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        grid.addComponentColumn(r -> actions.photoButton(photos, r)).setHeader(getTranslation("photo.column")).setAutoWidth(true);
        bulk = new BulkDecisionBar(decisions, actor, grid::getSelectedItems, this::refresh);
        bulk.setVisible(chairOffice);
        grid.addSelectionListener(e -> bulk.update());
        grid.setAriaLabel(getTranslation("nav.registrations"));
        empty = new EmptyState(getTranslation(all.isEmpty() ? "registration.no-summit" : "registration.empty"));
        counts.setId("registration-counts");
        HorizontalLayout top = new HorizontalLayout(summit, filters);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true);
        HorizontalLayout below = new HorizontalLayout(counts, bulk, exportLink(SheetFormat.CSV), exportLink(SheetFormat.XLSX));
        below.setAlignItems(Alignment.CENTER);
        below.setWrap(true);
        add(new Header(new H2(getTranslation("nav.registrations")), nominate, importFile), top, below, empty, grid);
        setSizeFull();
        summit.addValueChangeListener(e -> refresh());
        nominate.setEnabled(!all.isEmpty());
        importFile.setEnabled(!all.isEmpty());
        if (!all.isEmpty()) {
            summit.setValue(all.getFirst());
        } else {
            grid.setVisible(false);
        }
    }

    /**
     * Filters from the address, as the dashboard's links give them: {@code summit}, {@code group},
     * {@code status}, {@code country}, {@code role}. Unknown values are ignored, not errors.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.isEmpty()) {
            return;
        }
        Optional<Long> summitId = first(query, "summit").flatMap(RegistrationListView::number);
        summitId.flatMap(id -> summit.getListDataView().getItems().filter(s -> s.id() == id).findFirst()).ifPresent(s -> {
            presetting = true;
            summit.setValue(s);
            presetting = false;
        });
        filters.preset(first(query, "group").flatMap(RegistrationListView::number).orElse(null),
                first(query, "status").flatMap(v -> constant(RegistrationStatus.class, v)).orElse(null),
                first(query, "country").filter(Countries::isValid).orElse(null),
                first(query, "role").flatMap(v -> constant(DelegateRole.class, v)).orElse(null),
                first(query, "region").filter(v -> v.matches("[0-9]{3}|UNSPECIFIED")).orElse(null),
                first(query, "gender").filter(v -> v.equals(SummitFigures.UNSPECIFIED) || constant(Gender.class, v).isPresent()).orElse(null),
                first(query, "participants").map("true"::equals).orElse(false));
        refresh();
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    void refresh() {
        SummitView current = summit.getValue();
        if (presetting) {
            return;
        }
        if (current == null) {
            return;
        }
        groupsById = groups.list(actor, current.id()).stream().collect(Collectors.toMap(GroupView::id, g -> g));
        filters.groups(groupsById.values().stream().sorted(java.util.Comparator.comparing(GroupView::id)).toList());
        List<RegistrationView> shown = registrations.list(actor, current.id(), filters.value());
        grid.deselectAll();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        bulk.update();
        Map<RegistrationStatus, Long> byStatus = registrations.counts(actor, current.id(), filters.withoutStatus());
        counts.setText(getTranslation("registration.shown", shown.size()) + " · " + byStatus.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> getTranslation("status." + e.getKey().name()) + ": " + e.getValue())
                .collect(Collectors.joining(" · ")));
    }

    /** The file is made when clicked, from the filters as they are then. */
    private Anchor exportLink(SheetFormat format) {
        Anchor link = new Anchor(new StreamResource("registrations." + format.extension(), () -> {
            SummitView current = summit.getValue();
            return new ByteArrayInputStream(current == null ? new byte[0] : export.export(actor, current.id(), filters.value(), format));
        }), getTranslation("registration.export", format.name()));
        link.getElement().setAttribute("download", true);
        link.setId("export-" + format.extension());
        return link;
    }

    private static String latin(RegistrationView r) {
        return r.person().latinGivenName() == null ? "" : " (" + r.person().latinGivenName() + " " + r.person().latinFamilyName() + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.registrations") + " · " + getTranslation("app.name");
    }
}
