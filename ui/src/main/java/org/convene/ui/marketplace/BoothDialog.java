package org.convene.ui.marketplace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.marketplace.BoothCommand;
import org.convene.marketplace.BoothView;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.MarketplaceLimits;
import org.convene.ui.base.ServerErrors;

/** Adds or edits a booth: code, size, position and extent on the plan. */
class BoothDialog extends Dialog {
    final TextField code = new TextField();
    final IntegerField area = new IntegerField();
    final IntegerField x = new IntegerField();
    final IntegerField y = new IntegerField();
    final IntegerField w = new IntegerField();
    final IntegerField h = new IntegerField();
    final Button save = new Button();

    BoothDialog(Marketplace marketplace, Actor actor, long summitId, BoothView booth, boolean percent, Runnable onSaved) {
        setHeaderTitle(getTranslation(booth == null ? "marketplace.booth.add" : "marketplace.booth.edit"));
        code.setLabel(getTranslation("marketplace.booth.code-field"));
        code.setMaxLength(MarketplaceLimits.MAX_CODE);
        code.setRequired(true);
        area.setLabel(getTranslation("marketplace.booth.area"));
        String unit = getTranslation(percent ? "marketplace.unit.percent" : "marketplace.unit.cells");
        x.setLabel(getTranslation("marketplace.booth.x", unit));
        y.setLabel(getTranslation("marketplace.booth.y", unit));
        w.setLabel(getTranslation("marketplace.booth.w", unit));
        h.setLabel(getTranslation("marketplace.booth.h", unit));
        code.setValue(booth == null ? "" : booth.code());
        area.setValue(booth == null ? 9 : booth.area());
        x.setValue(booth == null ? 0 : booth.x());
        y.setValue(booth == null ? 0 : booth.y());
        w.setValue(booth == null ? (percent ? 10 : 1) : booth.w());
        h.setValue(booth == null ? (percent ? 10 : 1) : booth.h());
        add(new FormLayout(code, area, x, y, w, h));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            BoothCommand command = new BoothCommand(code.getValue(), value(area), value(x), value(y), value(w), value(h));
            if (ServerErrors.attempt(this, Map.of("code", code, "area", area, "x", x, "y", y, "w", w, "h", h),
                    () -> marketplace.saveBooth(actor, summitId, booth == null ? null : booth.id(), command))) {
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
