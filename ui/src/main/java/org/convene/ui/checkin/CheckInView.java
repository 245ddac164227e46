package org.convene.ui.checkin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.RegistrationView;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The entrance desk: a USB scanner types the badge's token into the field and presses Enter; the
 * view verifies the signature, checks the person in and shows who it was. The field stays focused
 * for the next badge.
 */
@Route(value = "check-in", layout = MainLayout.class)
@RolesAllowed({"CHECK_IN", "CHAIR_OFFICE"})
@Prototype
public class CheckInView extends VerticalLayout implements HasDynamicTitle {
    final TextField token = new TextField();
    final Div result = new Div();
    private final BadgePrinting badges;
    private final Actor actor;

    public CheckInView(UserSession session, BadgePrinting badges) {
        this.badges = badges;
        this.actor = Actor.of(session.user().orElseThrow());
        token.setLabel(getTranslation("checkin.scan"));
        token.setHelperText(getTranslation("checkin.help"));
        token.setWidth("min(30rem, 100%)");
        token.setAutofocus(true);
        // A text field commits its value on Enter, which is what a USB scanner sends after the token.
        token.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                scan();
            }
        });
        result.setId("check-in-result");
        add(new H2(getTranslation("nav.check-in")), token, result);
    }

    void scan() {
        String scanned = token.getValue();
        token.clear();
        token.focus();
        RegistrationView[] done = new RegistrationView[1];
        result.removeAll();
        if (ServerErrors.attempt(this, Map.of("token", token), () -> done[0] = badges.checkIn(actor, scanned))) {
            RegistrationView r = done[0];
            String latin = r.person().latinGivenName() == null ? "" : " (" + r.person().latinGivenName() + " " + r.person().latinFamilyName() + ")";
            result.add(new H2(r.person().givenName() + " " + r.person().familyName() + latin),
                    new Paragraph(r.person().organisation()), new Paragraph(getTranslation("status." + r.status().name())));
            result.getStyle().set("border-left", "6px solid var(--lumo-success-color)").set("padding-left", "var(--lumo-space-m)");
        } else {
            result.getStyle().set("border-left", "6px solid var(--lumo-error-color)").set("padding-left", "var(--lumo-space-m)");
            result.add(new Paragraph(token.getErrorMessage() == null ? getTranslation("checkin.refused") : token.getErrorMessage()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.check-in") + " · " + getTranslation("app.name");
    }
}
