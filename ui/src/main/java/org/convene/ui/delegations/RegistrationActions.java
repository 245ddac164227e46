package org.convene.ui.delegations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.AttendeeInvitations;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.DelegatePhotos;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.GroupView;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.platform.AccessDeniedException;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.ServerErrors;

/** The registrations page's workflow: nominating in a dialog, approving, rejecting with a reason. */
class RegistrationActions {
    private final AttendeeInvitations invitations;
    private final Component owner;
    private final DelegateRegistration registrations;
    private final Actor actor;
    private final GroupLabels labels;
    private final Runnable afterChange;
    private final BadgePrinting badgePrinting;

    RegistrationActions(Component owner, DelegateRegistration registrations, BadgePrinting badgePrinting, Actor actor, GroupLabels labels,
                        Runnable afterChange, AttendeeInvitations invitations) {
        this.invitations = invitations;
        this.badgePrinting = badgePrinting;
        this.owner = owner;
        this.registrations = registrations;
        this.actor = actor;
        this.labels = labels;
        this.afterChange = afterChange;
    }

    void nominate(List<GroupView> groups, List<CustomFieldView> customFields) {
        FormDialog[] dialog = new FormDialog[1];
        PersonForm[] form = new PersonForm[1];
        form[0] = new PersonForm(groups, customFields, labels, (group, person) -> {
            if (group == null) {
                form[0].group.setErrorMessage(owner.getTranslation("validation.required"));
                form[0].group.setInvalid(true);
                return;
            }
            RegistrationView[] made = new RegistrationView[1];
            if (attempt(form[0].fields(), () -> made[0] = registrations.nominate(actor, group.id(), person, form[0].customAnswers()))) {
                dialog[0].close();
                ServerErrors.success(owner.getTranslation(made[0].status() == RegistrationStatus.WAITING_LIST
                        ? "registration.waitlisted" : "registration.nominated", made[0].waitlistPosition()));
                afterChange.run();
            }
        }, () -> dialog[0].close());
        dialog[0] = new FormDialog(owner.getTranslation("registration.nominate"), form[0]);
        dialog[0].open();
    }

    Component decisionButtons(RegistrationView registration) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (registration.status() == RegistrationStatus.NOMINATED) {
            Button approve = new Button(owner.getTranslation("registration.approve"), e -> decide(() -> registrations.approve(actor, registration.id())));
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(owner.getTranslation("registration.reject"), e -> reject(registration));
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(approve, reject);
        }
        if (registration.status() == RegistrationStatus.APPROVED || registration.status() == RegistrationStatus.BADGE_ISSUED) {
            // The file name carries the id only: nothing personal in URLs.
            Anchor badge = new Anchor(new StreamResource("badge-" + registration.id() + ".pdf", () -> {
                byte[] pdf = badgePrinting.badge(actor, registration.id());
                owner.getUI().ifPresent(ui -> ui.access(afterChange::run));
                return new ByteArrayInputStream(pdf);
            }), owner.getTranslation("registration.badge"));
            badge.getElement().setAttribute("download", true);
            buttons.add(badge);
        }
        boolean[] sent = new boolean[1];
        if ((registration.status() == RegistrationStatus.APPROVED || registration.status() == RegistrationStatus.BADGE_ISSUED)) {
            Button resend = new Button(owner.getTranslation("invitation.resend"), e -> {
                if (ServerErrors.attempt(owner, java.util.Map.of(), () -> sent[0] = invitations.resend(actor, registration.id()))) {
                    ServerErrors.success(owner.getTranslation(sent[0] ? "invitation.resent" : "invitation.has-password"));
                }
            });
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            resend.setAriaLabel(owner.getTranslation("invitation.resend-to",
                    registration.person().givenName() + " " + registration.person().familyName()));
            buttons.add(resend);
        }
        return buttons;
    }

    /** Opens the photo of a registration the actor may manage; the server decides who may. */
    Component photoButton(DelegatePhotos photos, RegistrationView registration) {
        Button button = new Button(owner.getTranslation("photo.button"), e -> new PhotoDialog(photos, actor, registration).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(owner.getTranslation("photo.title", registration.person().givenName() + " " + registration.person().familyName()));
        return button;
    }

    private void reject(RegistrationView registration) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("registration.reject"));
        TextArea reason = new TextArea(owner.getTranslation("registration.reason"));
        reason.setWidthFull();
        Button confirm = new Button(owner.getTranslation("registration.reject"), e -> {
            if (attempt(Map.of("reason", reason), () -> registrations.reject(actor, registration.id(), reason.getValue()))) {
                dialog.close();
                afterChange.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void decide(Runnable decision) {
        if (attempt(Map.of(), decision)) {
            afterChange.run();
        }
    }

    private boolean attempt(Map<String, ? extends com.vaadin.flow.component.HasValidation> fields, Runnable action) {
        try {
            return ServerErrors.attempt(owner, fields, action);
        } catch (AccessDeniedException e) {
            ServerErrors.error(owner.getTranslation("error.forbidden.text"));
            return false;
        }
    }
}
