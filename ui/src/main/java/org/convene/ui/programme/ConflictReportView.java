package org.convene.ui.programme;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.convene.programme.Conflict;
import org.convene.programme.Programme;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;

/** Every conflict of a summit's programme, hard ones first, for the chair office to resolve. */
@Route(value = "programme/conflicts", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class ConflictReportView extends VerticalLayout implements HasDynamicTitle {
    private final Programme programme;
    private final ProgrammeLabels labels = new ProgrammeLabels(this);
    final Select<SummitView> summit = new Select<>();
    final Grid<Conflict> grid = new Grid<>();
    private final EmptyState empty;

    public ConflictReportView(SummitManagement summits, Programme programme) {
        this.programme = programme;
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        grid.addColumn(c -> getTranslation(c.hard() ? "programme.conflict.hard" : "programme.conflict.soft"))
                .setHeader(getTranslation("programme.conflict.severity")).setAutoWidth(true);
        grid.addColumn(Conflict::sessionTitle).setHeader(getTranslation("programme.session")).setFlexGrow(2);
        grid.addColumn(labels::conflict).setHeader(getTranslation("programme.conflict.what")).setFlexGrow(4);
        grid.setAriaLabel(getTranslation("nav.programme-conflicts"));
        grid.setAllRowsVisible(true);
        empty = new EmptyState(getTranslation(all.isEmpty() ? "registration.no-summit" : "programme.no-conflicts"));
        add(new Header(new H2(getTranslation("nav.programme-conflicts"))), summit, empty, grid);
        summit.addValueChangeListener(e -> refresh());
        grid.setVisible(false);
        if (!all.isEmpty()) {
            summit.setValue(all.getFirst());
        }
    }

    private void refresh() {
        List<Conflict> found = programme.conflicts(summit.getValue().id()).stream()
                .sorted((a, b) -> Boolean.compare(b.hard(), a.hard())).toList();
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programme-conflicts") + " · " + getTranslation("app.name");
    }
}
