package org.convene.ui.marketplace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.StageSlotView;
import org.convene.ui.base.ServerErrors;

/** The chair office's stage: slots added by start and length, removed, or freed of their booking. */
class StageEditor extends VerticalLayout {
    final DateTimePicker start = new DateTimePicker();
    final IntegerField minutes = new IntegerField();
    final Grid<StageSlotView> slots = new Grid<>();
    private final Marketplace marketplace;
    private final Actor actor;
    private long summitId;

    StageEditor(Marketplace marketplace, Actor actor) {
        this.marketplace = marketplace;
        this.actor = actor;
        setPadding(false);
        start.setLabel(getTranslation("marketplace.slot.start"));
        start.setStep(java.time.Duration.ofMinutes(5));
        minutes.setLabel(getTranslation("marketplace.slot.minutes"));
        minutes.setValue(15);
        Button add = new Button(getTranslation("marketplace.slot.add"), e -> add());
        add.setId("add-slot");
        HorizontalLayout form = new HorizontalLayout(start, minutes, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        slots.addColumn(s -> Labels.slot(getLocale(), s)).setHeader(getTranslation("marketplace.slot")).setAutoWidth(true);
        slots.addColumn(s -> s.free() ? getTranslation("marketplace.stage.free") : s.exhibitorName())
                .setHeader(getTranslation("marketplace.exhibitor")).setFlexGrow(1);
        slots.addComponentColumn(s -> {
            Button remove = new Button(getTranslation(s.free() ? "action.delete" : "marketplace.slot.free-it"), e -> {
                if (s.free()) {
                    marketplace.deleteSlot(actor, s.id());
                } else {
                    marketplace.cancelBooking(actor, s.id());
                }
                show(summitId);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return remove;
        });
        slots.setAllRowsVisible(true);
        slots.setId("slot-grid");
        add(form, slots);
    }

    void show(long summit) {
        this.summitId = summit;
        slots.setItems(marketplace.stage(summit));
    }

    private void add() {
        if (ServerErrors.attempt(this, Map.of("startsAt", start, "minutes", minutes),
                () -> marketplace.addSlot(actor, summitId, start.getValue(), minutes.getValue() == null ? 0 : minutes.getValue()))) {
            start.clear();
            show(summitId);
        }
    }
}
