package org.convene.ui.summit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.function.Consumer;
import org.convene.summit.RoomCommand;
import org.convene.summit.RoomView;
import org.convene.summit.SummitLimits;
import org.convene.ui.base.FormButtons;

/** A room of the venue. Fires save, delete and close; calls no service. */
public class RoomForm extends FormLayout {
    final TextField name = new TextField();
    final IntegerField capacity = new IntegerField();
    final TextField floorArea = new TextField();
    private final Binder<Draft> binder = new Binder<>();
    private final FormButtons buttons;
    private Draft draft = new Draft();

    public RoomForm(Consumer<RoomCommand> onSave, Runnable onDelete, Runnable onClose) {
        name.setLabel(getTranslation("room.name"));
        name.setMaxLength(SummitLimits.ROOM_NAME_MAX);
        capacity.setLabel(getTranslation("room.capacity"));
        capacity.setMin(1);
        capacity.setMax(SummitLimits.ROOM_CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        floorArea.setLabel(getTranslation("room.floor-area"));
        floorArea.setMaxLength(SummitLimits.ROOM_FLOOR_MAX);
        binder.forField(name).asRequired(getTranslation("validation.required")).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(capacity).asRequired(getTranslation("validation.required"))
                .withValidator(c -> c >= 1 && c <= SummitLimits.ROOM_CAPACITY_MAX, getTranslation("room.capacity.range", SummitLimits.ROOM_CAPACITY_MAX))
                .bind(d -> d.capacity, (d, v) -> d.capacity = v);
        binder.forField(floorArea).bind(d -> d.floor, (d, v) -> d.floor = v);
        buttons = new FormButtons(() -> {
            if (binder.writeBeanIfValid(draft)) {
                onSave.accept(new RoomCommand(draft.name, draft.capacity, draft.floor == null || draft.floor.isBlank() ? null : draft.floor));
            }
        }, onDelete, onClose);
        add(name, capacity, floorArea, buttons);
        // Stable ids for assistive tools and the browser tests.
        fields().forEach((name, field) -> ((Component) field).setId(name));
        setColspan(buttons, 2);
    }

    public void edit(RoomView room) {
        draft = new Draft();
        if (room != null) {
            draft.name = room.name();
            draft.capacity = room.capacity();
            draft.floor = room.floorArea();
        }
        binder.readBean(draft);
        buttons.setDeleteVisible(room != null);
    }

    public Map<String, HasValidation> fields() {
        return Map.of("name", name, "capacity", capacity, "floorArea", floorArea);
    }

    static final class Draft {
        String name;
        Integer capacity;
        String floor;
    }
}
