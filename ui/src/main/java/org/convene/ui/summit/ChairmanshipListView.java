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
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.ChairmanshipView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.Formats;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;

/** The chairmanships in order of their terms; the troika follows from that order. */
@Route(value = "chairmanships", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class ChairmanshipListView extends VerticalLayout implements HasDynamicTitle {
    private final ChairmanshipManagement chairmanships;
    final Grid<ChairmanshipView> grid = new Grid<>();
    private final EmptyState empty;

    public ChairmanshipListView(ChairmanshipManagement chairmanships) {
        this.chairmanships = chairmanships;
        Button add = new Button(getTranslation("chairmanship.new"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(c -> Formats.states(c.chairs(), getLocale())).setHeader(getTranslation("chairmanship.chairs")).setFlexGrow(2);
        grid.addColumn(c -> Formats.date(c.termStart(), getLocale())).setHeader(getTranslation("chairmanship.term-start"));
        grid.addColumn(c -> Formats.date(c.termEnd(), getLocale())).setHeader(getTranslation("chairmanship.term-end"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.chairmanships"));
        grid.addItemClickListener(e -> open(e.getItem()));
        empty = new EmptyState(getTranslation("chairmanship.empty"));
        add(new Header(new H2(getTranslation("nav.chairmanships")), add), empty, grid);
        setSizeFull();
        refresh();
    }

    private void open(ChairmanshipView existing) {
        FormDialog[] dialog = new FormDialog[1];
        ChairmanshipForm[] form = new ChairmanshipForm[1];
        form[0] = new ChairmanshipForm(command -> {
            boolean saved = ServerErrors.attempt(this, form[0].fields(), () -> {
                if (existing == null) {
                    chairmanships.create(command);
                } else {
                    chairmanships.update(existing.id(), command);
                }
            });
            if (saved) {
                dialog[0].close();
                ServerErrors.success(getTranslation("saved"));
                refresh();
            }
        }, () -> {
            if (ServerErrors.attempt(this, form[0].fields(), () -> chairmanships.delete(existing.id()))) {
                dialog[0].close();
                refresh();
            }
        }, () -> dialog[0].close());
        form[0].edit(existing);
        dialog[0] = new FormDialog(getTranslation(existing == null ? "chairmanship.new" : "chairmanship.edit"), form[0]);
        dialog[0].open();
    }

    void refresh() {
        List<ChairmanshipView> all = chairmanships.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.chairmanships") + " · " + getTranslation("app.name");
    }
}
