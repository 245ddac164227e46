package org.convene.ui.roundtables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.platform.Countries;
import org.convene.roundtables.SeatView;
import org.convene.roundtables.SeatingPlan;
import org.convene.ui.base.EmptyState;

/** Per roundtable its seated delegates, with a move and an unseat by hand; and the delegates with choices but no seat. */
class SeatingTables {
    private final SeatingPlan plan;
    private final BiConsumer<Long, Long> seat;
    private final Consumer<Long> unseat;
    private final Map<Long, SeatingPlan.Table> byId;
    private final Div owner = new Div();

    SeatingTables(SeatingPlan plan, BiConsumer<Long, Long> seat, Consumer<Long> unseat) {
        this.plan = plan;
        this.seat = seat;
        this.unseat = unseat;
        this.byId = plan.tables().stream().collect(Collectors.toMap(SeatingPlan.Table::roundtableId, Function.identity()));
    }

    Component seated() {
        Div all = new Div();
        for (SeatingPlan.Table table : plan.tables()) {
            Details details = new Details(table.number() + " · " + table.title() + " (" + table.seats().size() + "/" + table.capacity() + ")");
            details.setId("seats-" + table.roundtableId());
            if (table.seats().isEmpty()) {
                details.add(new EmptyState(owner.getTranslation("seating.table-empty")));
            } else {
                Grid<SeatView> grid = new Grid<>();
                grid.setId("seat-grid-" + table.roundtableId());
                grid.addColumn(SeatView::name).setHeader(owner.getTranslation("person.name")).setAutoWidth(true);
                grid.addColumn(s -> owner.getTranslation("group.kind." + s.groupKind().name())).setHeader(owner.getTranslation("group.kind"));
                grid.addColumn(s -> region(s.region())).setHeader(owner.getTranslation("seating.region"));
                grid.addColumn(s -> s.choice() == null ? owner.getTranslation("seating.no-choice") : owner.getTranslation("seating.choice." + s.choice()))
                        .setHeader(owner.getTranslation("seating.choice"));
                grid.addColumn(s -> s.manual() ? owner.getTranslation("seating.by-hand") : "").setHeader(owner.getTranslation("seating.placed"));
                grid.addComponentColumn(s -> moveTo(s.registrationId(), s.roundtableId())).setHeader(owner.getTranslation("seating.move"));
                grid.addComponentColumn(s -> unseatButton(s)).setHeader("");
                grid.setItems(table.seats());
                fit(grid, table.seats().size());
                details.add(grid);
            }
            all.add(details);
        }
        return all;
    }

    Component unseated() {
        if (plan.unseated().isEmpty()) {
            return new EmptyState(owner.getTranslation("seating.everyone-seated"));
        }
        Grid<SeatingPlan.Unseated> grid = new Grid<>();
        grid.setId("unseated");
        grid.addColumn(SeatingPlan.Unseated::name).setHeader(owner.getTranslation("person.name")).setAutoWidth(true);
        grid.addColumn(u -> u.roundtableIds().stream().map(id -> byId.get(id).number()).collect(Collectors.joining(", ")))
                .setHeader(owner.getTranslation("seating.choices"));
        grid.addComponentColumn(u -> moveTo(u.registrationId(), null)).setHeader(owner.getTranslation("seating.seat-at"));
        grid.setItems(plan.unseated());
        fit(grid, plan.unseated().size());
        return grid;
    }

    /** Short lists show whole; long ones (hundreds at a large roundtable) scroll and load rows as shown. */
    private static void fit(Grid<?> grid, int rows) {
        if (rows <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
    }

    /** A picker of the other roundtables; choosing one seats the delegate there by hand. */
    private Select<SeatingPlan.Table> moveTo(long registrationId, Long current) {
        Select<SeatingPlan.Table> to = new Select<>();
        List<SeatingPlan.Table> others = plan.tables().stream().filter(t -> current == null || t.roundtableId() != current).toList();
        to.setItems(others);
        to.setItemLabelGenerator(t -> t.number() + " (" + t.seats().size() + "/" + t.capacity() + ")");
        to.setPlaceholder(owner.getTranslation("seating.choose-roundtable"));
        to.setAriaLabel(owner.getTranslation(current == null ? "seating.seat-at" : "seating.move"));
        to.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                seat.accept(registrationId, e.getValue().roundtableId());
            }
        });
        return to;
    }

    private Button unseatButton(SeatView s) {
        Button button = new Button(owner.getTranslation("seating.unseat"), e -> unseat.accept(s.registrationId()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.setAriaLabel(owner.getTranslation("seating.unseat-person", s.name()));
        return button;
    }

    private String region(String m49) {
        return "UNSPECIFIED".equals(m49) ? owner.getTranslation("seating.region.unknown") : Countries.continentName(m49, com.vaadin.flow.component.UI.getCurrent().getLocale());
    }
}
