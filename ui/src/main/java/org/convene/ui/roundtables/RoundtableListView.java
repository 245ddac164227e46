package org.convene.ui.roundtables;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.programme.Programme;
import org.convene.roundtables.RoundtableDetails;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.Roundtables;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The roundtables of a summit by number, for the chair office: created and edited in a dialog with
 * their room and time and rapporteur, each with its background paper.
 */
@Route(value = "roundtables", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class RoundtableListView extends VerticalLayout implements HasDynamicTitle {
    private final Roundtables roundtables;
    private final SummitSetup setup;
    private final Programme programme;
    private final UserManagement users;
    private final Actor actor;
    private final RoundtableLabels labels = new RoundtableLabels(this);
    final Select<SummitView> summit = new Select<>();
    final Grid<RoundtableDetails> grid = new Grid<>();
    final Button newRoundtable = new Button();
    private final EmptyState empty;
    private Map<Long, ThemeView> themes = Map.of();
    private Map<Long, UserView> people = Map.of();

    public RoundtableListView(UserSession session, SummitManagement summits, SummitSetup setup, Roundtables roundtables, Programme programme,
                              UserManagement users) {
        this.roundtables = roundtables;
        this.setup = setup;
        this.programme = programme;
        this.users = users;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("roundtable.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        newRoundtable.setText(getTranslation("roundtable.new"));
        newRoundtable.setIcon(VaadinIcon.PLUS.create());
        newRoundtable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRoundtable.addClickListener(e -> edit(null));
        newRoundtable.setEnabled(!all.isEmpty());
        columns();
        grid.setAriaLabel(getTranslation("nav.roundtables"));
        grid.setAllRowsVisible(true);
        // Titles and theme names are long: wrapped, they stay readable without a horizontal scroll.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        summit.setWidth("min(32rem, 100%)");
        empty = new EmptyState(getTranslation(all.isEmpty() ? "roundtable.no-summit" : "roundtable.empty"));
        add(new Header(new H2(getTranslation("nav.roundtables")), newRoundtable), summit, empty, grid);
        summit.addValueChangeListener(e -> refresh());
        grid.setVisible(false);
        if (!all.isEmpty()) {
            summit.setValue(all.getFirst());
        }
    }

    private void columns() {
        grid.addColumn(d -> d.roundtable().number()).setHeader(getTranslation("roundtable.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> themeTitle(d.roundtable())).setHeader(getTranslation("roundtable.theme")).setFlexGrow(2);
        grid.addColumn(d -> d.roundtable().title()).setHeader(getTranslation("roundtable.title")).setFlexGrow(3);
        grid.addColumn(d -> labels.format(d.roundtable().format())).setHeader(getTranslation("roundtable.format")).setAutoWidth(true);
        grid.addColumn(d -> labels.states(d.roundtable().coChairs())).setHeader(getTranslation("roundtable.co-chairs")).setFlexGrow(2);
        grid.addColumn(d -> labels.slot(d.slot())).setHeader(getTranslation("roundtable.room-time")).setFlexGrow(2);
        grid.addColumn(d -> d.roundtable().capacity()).setHeader(getTranslation("roundtable.capacity")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> rapporteurName(d.roundtable())).setHeader(getTranslation("roundtable.rapporteur")).setFlexGrow(1);
        grid.addComponentColumn(d -> BackgroundPaperLink.of(this, roundtables, actor, d.roundtable().id(), d.paper()))
                .setHeader(getTranslation("roundtable.paper")).setFlexGrow(1);
        // Buttons per row, so the keyboard reaches every roundtable by Tab.
        grid.addComponentColumn(d -> {
            String name = d.roundtable().number() + " " + d.roundtable().title();
            Button edit = new Button(getTranslation("action.edit"), e -> edit(d));
            edit.setAriaLabel(getTranslation("roundtable.edit", name));
            Button paper = new Button(getTranslation("roundtable.paper.action"), e -> new BackgroundPaperDialog(roundtables, actor, d, this::refresh).open());
            paper.setAriaLabel(getTranslation("roundtable.paper.title", d.roundtable().number(), d.roundtable().title()));
            Button delete = new Button(getTranslation("action.delete"), e -> confirmDelete(d.roundtable()));
            delete.setAriaLabel(getTranslation("roundtable.delete", name));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            for (Button b : List.of(edit, paper, delete)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            }
            return new HorizontalLayout(edit, paper, delete);
        }).setAutoWidth(true).setFlexGrow(0);
    }

    void refresh() {
        if (summit.getValue() == null) {
            return;
        }
        long summitId = summit.getValue().id();
        themes = setup.themes(summitId).stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
        people = users.list().stream().collect(Collectors.toMap(UserView::id, Function.identity()));
        List<RoundtableDetails> shown = roundtables.details(summitId);
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        newRoundtable.setEnabled(!themes.isEmpty());
        empty.removeAll();
        empty.add(new Paragraph(getTranslation(themes.isEmpty() ? "roundtable.no-theme" : "roundtable.empty")));
    }

    private String themeTitle(RoundtableView r) {
        ThemeView t = themes.get(r.themeId());
        return t == null ? "" : t.title();
    }

    private String rapporteurName(RoundtableView r) {
        UserView u = r.rapporteurUserId() == null ? null : people.get(r.rapporteurUserId());
        return u == null ? "—" : u.displayName();
    }

    private void edit(RoundtableDetails details) {
        SummitView chosen = summit.getValue();
        long summitId = chosen.id();
        List<UserView> candidates = people.values().stream()
                .filter(u -> u.active() || details != null && u.id() == (details.roundtable().rapporteurUserId() == null ? -1
                        : details.roundtable().rapporteurUserId())).toList();
        FormDialog[] dialog = new FormDialog[1];
        RoundtableForm[] form = new RoundtableForm[1];
        form[0] = new RoundtableForm(setup.themes(summitId), programme.groups(summitId), setup.rooms(summitId), candidates,
                chosen.startDate(), chosen.endDate(),
                setUp -> {
                    form[0].clearErrors();
                    Long id = details == null ? null : details.roundtable().id();
                    if (ServerErrors.attempt(this, form[0].fields(), () -> roundtables.save(summitId, id, setUp))) {
                        dialog[0].close();
                        ServerErrors.success(getTranslation("saved"));
                        refresh();
                    }
                },
                () -> {
                    dialog[0].close();
                    confirmDelete(details.roundtable());
                },
                () -> dialog[0].close());
        form[0].edit(details);
        dialog[0] = new FormDialog(details == null ? getTranslation("roundtable.new")
                : getTranslation("roundtable.edit", details.roundtable().number() + " " + details.roundtable().title()), form[0]);
        dialog[0].setWidth("min(52rem, 100vw)");
        dialog[0].open();
    }

    private void confirmDelete(RoundtableView r) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("roundtable.delete", r.number() + " " + r.title()));
        dialog.setText(getTranslation("roundtable.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (ServerErrors.attempt(this, Map.of(), () -> roundtables.delete(r.id()))) {
                ServerErrors.success(getTranslation("roundtable.deleted"));
                refresh();
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roundtables") + " · " + getTranslation("app.name");
    }
}
