package org.convene.ui.openspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.delegations.Actor;
import org.convene.openspace.AttendeeCard;
import org.convene.openspace.AttendeeSearch;
import org.convene.openspace.MeetingRequestCommand;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.OpenSpaceLimits;
import org.convene.openspace.Slot;
import org.convene.ui.base.ServerErrors;

/**
 * The request form: who (the chosen person, others may be added up to the largest place), when (a
 * slot, or any slot for the chair office's scheduler), an optional message. "Send" is the third click.
 */
class RequestDialog extends Dialog {
    static final LocalDateTime ANY = LocalDateTime.MIN;
    final MultiSelectComboBox<AttendeeCard> with = new MultiSelectComboBox<>();
    final Select<LocalDateTime> slot = new Select<>();
    final TextArea message = new TextArea();
    final Button send = new Button();

    RequestDialog(OpenSpace openSpace, Actor actor, long summitId, AttendeeCard first, Runnable done) {
        setHeaderTitle(getTranslation("openspace.request.with", first.name()));
        setWidth("min(32rem, 100vw)");
        List<AttendeeCard> everyone = openSpace.find(actor, summitId, AttendeeSearch.all());
        with.setLabel(getTranslation("openspace.with"));
        with.setItems(everyone);
        with.setItemLabelGenerator(AttendeeCard::name);
        with.setWidthFull();
        everyone.stream().filter(c -> c.registrationId() == first.registrationId()).findFirst().ifPresent(c -> with.setValue(Set.of(c)));
        List<LocalDateTime> slots = new ArrayList<>(openSpace.setup(summitId).slots().stream().map(Slot::start).toList());
        slots.add(ANY);
        slot.setLabel(getTranslation("openspace.slot"));
        slot.setItems(slots);
        slot.setItemLabelGenerator(s -> s.equals(ANY) ? getTranslation("openspace.any-slot") : OpenSpaceLabels.slot(s, getLocale()));
        slot.setValue(slots.getFirst());
        slot.setWidthFull();
        slot.setId("openspace-slot");
        message.setLabel(getTranslation("openspace.message"));
        message.setMaxLength(OpenSpaceLimits.MESSAGE_MAX);
        message.setWidthFull();
        send.setText(getTranslation("openspace.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("openspace-send");
        send.addClickListener(e -> {
            List<Long> invitees = with.getValue().stream().map(AttendeeCard::registrationId).toList();
            LocalDateTime at = slot.getValue() == null || slot.getValue().equals(ANY) ? null : slot.getValue();
            if (ServerErrors.attempt(this, Map.of("invitees", with, "slot", slot, "message", message),
                    () -> openSpace.request(actor, summitId, new MeetingRequestCommand(invitees, at, message.getValue())))) {
                ServerErrors.success(getTranslation("openspace.sent"));
                close();
                done.run();
            }
        });
        add(with, slot, message);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
