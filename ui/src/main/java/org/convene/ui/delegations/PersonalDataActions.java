package org.convene.ui.delegations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.PersonalData;
import org.convene.delegations.RegistrationView;
import org.convene.platform.AccessDeniedException;
import org.convene.ui.base.ServerErrors;

/**
 * The chair office's privacy actions on one registration: download everything held about the
 * person as JSON, and erase the person after a confirmation.
 */
@Prototype
public class PersonalDataActions {
    private final PersonalData personalData;
    private final JsonMapper json;

    public PersonalDataActions(PersonalData personalData, JsonMapper json) {
        this.personalData = personalData;
        this.json = json;
    }

    Component buttons(Component owner, Actor actor, RegistrationView registration, Runnable afterErasure) {
        // The file name carries the id only: nothing personal in URLs.
        Anchor download = new Anchor(new StreamResource("registration-" + registration.id() + "-personal-data.json",
                () -> new ByteArrayInputStream(exportJson(actor, registration.id()))), owner.getTranslation("privacy.download"));
        download.getElement().setAttribute("download", true);
        Button erase = new Button(owner.getTranslation("privacy.erase"), e -> confirmErasure(owner, actor, registration, afterErasure));
        erase.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(download, erase);
        buttons.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return buttons;
    }

    private byte[] exportJson(Actor actor, long registrationId) {
        try {
            return json.writeValueAsBytes(personalData.export(actor, registrationId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void confirmErasure(Component owner, Actor actor, RegistrationView registration, Runnable afterErasure) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("privacy.erase.title"));
        dialog.setText(owner.getTranslation("privacy.erase.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.setConfirmText(owner.getTranslation("privacy.erase"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (attempt(owner, () -> personalData.erase(actor, registration.id()))) {
                ServerErrors.success(owner.getTranslation("privacy.erased"));
                afterErasure.run();
            }
        });
        dialog.open();
    }

    private static boolean attempt(Component owner, Runnable action) {
        try {
            return ServerErrors.attempt(owner, Map.of(), action);
        } catch (AccessDeniedException e) {
            ServerErrors.error(owner.getTranslation("error.forbidden.text"));
            return false;
        }
    }
}
