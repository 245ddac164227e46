package org.convene.ui.summit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.ErasureView;
import org.convene.delegations.PersonalData;
import org.convene.platform.AccessDeniedException;
import org.convene.summit.SummitView;
import org.convene.ui.base.Formats;
import org.convene.ui.base.ServerErrors;

/**
 * The summit overview's "Erase personal data": enabled from the day after the summit's retention
 * date, and only after a confirmation. Before that the button says why it is disabled.
 */
final class SummitErasure {
    private final Component owner;
    private final PersonalData personalData;
    private final Actor actor;
    private final Clock clock;

    SummitErasure(Component owner, PersonalData personalData, Actor actor, Clock clock) {
        this.owner = owner;
        this.personalData = personalData;
        this.actor = actor;
        this.clock = clock;
    }

    Button button(SummitView summit, Runnable afterErasure) {
        Button erase = new Button(owner.getTranslation("privacy.erase-summit"), VaadinIcon.ERASER.create(),
                e -> confirm(summit, afterErasure));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setId("erase-personal-data");
        boolean allowed = summit.retentionOver(LocalDate.now(clock));
        erase.setEnabled(allowed);
        if (!allowed) {
            erase.setTooltipText(summit.retentionDate() == null ? owner.getTranslation("privacy.erase-summit.no-date")
                    : owner.getTranslation("privacy.erase-summit.not-yet", Formats.date(summit.retentionDate(), locale())));
        }
        return erase;
    }

    private Locale locale() {
        return owner.getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    private void confirm(SummitView summit, Runnable afterErasure) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("privacy.erase-summit.title"));
        dialog.setText(owner.getTranslation("privacy.erase-summit.text", summit.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.setConfirmText(owner.getTranslation("privacy.erase"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            ErasureView[] done = new ErasureView[1];
            try {
                if (ServerErrors.attempt(owner, Map.of(), () -> done[0] = personalData.eraseSummit(actor, summit.id()))) {
                    ServerErrors.success(owner.getTranslation("privacy.erased-summit", done[0].registrations()));
                    afterErasure.run();
                }
            } catch (AccessDeniedException denied) {
                ServerErrors.error(owner.getTranslation("error.forbidden.text"));
            }
        });
        dialog.open();
    }
}
