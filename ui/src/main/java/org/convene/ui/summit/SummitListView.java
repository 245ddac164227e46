package org.convene.ui.summit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.Formats;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;

/** All summits, newest first; a click opens the summit's overview. */
@Route(value = "summits", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class SummitListView extends VerticalLayout implements HasDynamicTitle {
    private final SummitManagement summits;
    private final ChairmanshipManagement chairmanships;
    final Grid<SummitView> grid = new Grid<>();
    final Button add;
    private final EmptyState empty;

    public SummitListView(SummitManagement summits, ChairmanshipManagement chairmanships) {
        this.summits = summits;
        this.chairmanships = chairmanships;
        add = new Button(getTranslation("summit.new"), VaadinIcon.PLUS.create(), e -> open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addComponentColumn(s -> new RouterLink(s.title(), SummitOverviewView.class, SummitOverviewView.parameters(s.id())))
                .setHeader(getTranslation("summit.title")).setFlexGrow(3);
        grid.addColumn(SummitView::city).setHeader(getTranslation("summit.city"));
        grid.addColumn(s -> Formats.range(s.startDate(), s.endDate(), getLocale())).setHeader(getTranslation("summit.dates")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.summits"));
        boolean noChairmanship = chairmanships.list().isEmpty();
        empty = new EmptyState(getTranslation(noChairmanship ? "summit.empty.no-chairmanship" : "summit.empty"),
                noChairmanship ? new RouterLink(getTranslation("nav.chairmanships"), ChairmanshipListView.class)
                        : new Button(getTranslation("summit.new"), e -> open()));
        add.setEnabled(!noChairmanship);
        add(new Header(new H2(getTranslation("nav.summits")), add), empty, grid);
        setSizeFull();
        refresh();
    }

    private void open() {
        List<ChairmanshipView> all = chairmanships.list();
        FormDialog[] dialog = new FormDialog[1];
        SummitForm[] form = new SummitForm[1];
        form[0] = new SummitForm(all, command -> {
            SummitView[] created = new SummitView[1];
            if (ServerErrors.attempt(this, form[0].fields(), () -> created[0] = summits.create(command))) {
                dialog[0].close();
                getUI().ifPresent(ui -> ui.navigate(SummitOverviewView.class, SummitOverviewView.parameters(created[0].id())));
            }
        }, () -> { }, () -> dialog[0].close());
        form[0].edit(null, all);
        dialog[0] = new FormDialog(getTranslation("summit.new"), form[0]);
        dialog[0].open();
    }

    void refresh() {
        List<SummitView> all = summits.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.summits") + " · " + getTranslation("app.name");
    }
}
