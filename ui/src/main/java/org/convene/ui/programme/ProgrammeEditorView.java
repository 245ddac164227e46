package org.convene.ui.programme;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.convene.programme.Programme;
import org.convene.programme.SessionView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;

/**
 * The chair office's programme editor: a summit's sessions day by day; a session opens in a form
 * that warns of conflicts as it is edited.
 */
@Route(value = "programme/edit", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class ProgrammeEditorView extends VerticalLayout implements HasDynamicTitle {
    private final Programme programme;
    private final SummitSetup setup;
    private final ProgrammeLabels labels = new ProgrammeLabels(this);
    final Select<SummitView> summit = new Select<>();
    final Select<LocalDate> day = new Select<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Grid<SessionView> grid = new Grid<>();
    final Button newSession = new Button();
    private final EmptyState empty;
    private boolean filling;

    public ProgrammeEditorView(SummitManagement summits, SummitSetup setup, Programme programme) {
        this.programme = programme;
        this.setup = setup;
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        day.setLabel(getTranslation("programme.day"));
        day.setItemLabelGenerator(labels::day);
        timeZone.setLabel(getTranslation("programme.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setHelperText(getTranslation("programme.time-zone.help"));
        timeZone.setId("timeZone");
        newSession.setText(getTranslation("programme.new"));
        newSession.setIcon(VaadinIcon.PLUS.create());
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSession.addClickListener(e -> edit(null));
        grid.addColumn(labels::time).setHeader(getTranslation("programme.time")).setAutoWidth(true);
        grid.addColumn(SessionView::title).setHeader(getTranslation("programme.title")).setFlexGrow(3);
        grid.addColumn(labels::kind).setHeader(getTranslation("programme.kind")).setAutoWidth(true);
        grid.addColumn(SessionView::roomName).setHeader(getTranslation("programme.room")).setAutoWidth(true);
        grid.addColumn(labels::people).setHeader(getTranslation("programme.people")).setFlexGrow(2);
        grid.addColumn(labels::audience).setHeader(getTranslation("programme.audience")).setAutoWidth(true);
        // A button per row, so the keyboard reaches every session by Tab as well as the mouse by click.
        grid.addComponentColumn(s -> {
            Button open = new Button(getTranslation("action.edit"), e -> edit(s));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setAriaLabel(getTranslation("programme.edit", s.title()));
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAriaLabel(getTranslation("nav.programme-editor"));
        grid.setAllRowsVisible(true);
        empty = new EmptyState(getTranslation(all.isEmpty() ? "registration.no-summit" : "programme.empty-day"));
        HorizontalLayout choices = new HorizontalLayout(summit, day, timeZone);
        choices.setWrap(true);
        add(new Header(new H2(getTranslation("nav.programme-editor")), newSession,
                new RouterLink(getTranslation("nav.programme-conflicts"), ConflictReportView.class)), choices, empty, grid);
        summit.addValueChangeListener(e -> summitChosen());
        day.addValueChangeListener(e -> refresh());
        timeZone.addValueChangeListener(e -> {
            if (!filling && e.getValue() != null) {
                ServerErrors.attempt(this, Map.of("timeZone", timeZone), () -> programme.setTimeZone(summit.getValue().id(), e.getValue()));
            }
        });
        newSession.setEnabled(!all.isEmpty());
        grid.setVisible(false);
        if (!all.isEmpty()) {
            summit.setValue(all.getFirst());
        }
    }

    private void summitChosen() {
        SummitView current = summit.getValue();
        filling = true;
        List<LocalDate> days = current.startDate().datesUntil(current.endDate().plusDays(1)).toList();
        day.setItems(days);
        LocalDate firstBusy = programme.sessions(current.id()).stream().map(s -> s.start().toLocalDate()).findFirst().orElse(days.getFirst());
        day.setValue(days.contains(firstBusy) ? firstBusy : days.getFirst());
        timeZone.setValue(programme.timeZone(current.id()).getId());
        filling = false;
        refresh();
    }

    void refresh() {
        if (summit.getValue() == null || day.getValue() == null) {
            return;
        }
        List<SessionView> shown = programme.sessions(summit.getValue().id()).stream()
                .filter(s -> s.start().toLocalDate().equals(day.getValue())).toList();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }

    private void edit(SessionView session) {
        long summitId = summit.getValue().id();
        FormDialog[] dialog = new FormDialog[1];
        SessionForm[] form = new SessionForm[1];
        form[0] = new SessionForm(setup.themes(summitId), setup.rooms(summitId), programme.people(summitId), programme.groups(summitId),
                summit.getValue().startDate(), summit.getValue().endDate(),
                command -> programme.check(summitId, session == null ? null : session.id(), command),
                command -> {
                    boolean saved = ServerErrors.attempt(this, form[0].fields(), () -> {
                        if (session == null) {
                            programme.create(summitId, command);
                        } else {
                            programme.update(session.id(), command);
                        }
                    });
                    if (saved) {
                        dialog[0].close();
                        ServerErrors.success(getTranslation("saved"));
                        if (command.start() != null && day.getValue() != null && !command.start().toLocalDate().equals(day.getValue())) {
                            day.setValue(command.start().toLocalDate());
                        }
                        refresh();
                    }
                },
                () -> {
                    if (ServerErrors.attempt(this, Map.of(), () -> programme.delete(session.id()))) {
                        dialog[0].close();
                        refresh();
                    }
                },
                () -> dialog[0].close());
        form[0].edit(session);
        dialog[0] = new FormDialog(session == null ? getTranslation("programme.new") : getTranslation("programme.edit", session.title()), form[0]);
        dialog[0].setWidth("min(56rem, 100vw)");
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programme-editor") + " · " + getTranslation("app.name");
    }
}
