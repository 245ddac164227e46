package org.convene.ui.checkin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.CheckIn;
import org.convene.delegations.DelegatePhotos;
import org.convene.delegations.Person;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.ui.base.Formats;
import org.convene.ui.base.MainLayout;
import org.convene.ui.delegations.GroupLabels;
import org.convene.ui.security.UserSession;

/**
 * The entrance desk: a USB scanner types the badge's token into the field and presses Enter (or
 * the camera reads the QR code, where the browser has a barcode detector); the view verifies the
 * badge, checks the person in once and shows who it is: name in their own script and in Latin
 * letters, photo, group and status. A second scan says when and by whom the first was; a revoked,
 * superseded, unknown or forged badge is refused in red. The field stays focused for the next badge.
 */
@Route(value = "check-in", layout = MainLayout.class)
@RolesAllowed({"CHECK_IN", "CHAIR_OFFICE"})
@Prototype
public class CheckInView extends VerticalLayout implements HasDynamicTitle {
    private static final String CAMERA_SCRIPT = script();

    final TextField token = new TextField();
    final Div result = new Div();
    final Button camera = new Button();
    private final Element video = new Element("video");
    private final BadgePrinting badges;
    private final DelegatePhotos photos;
    private final Actor actor;
    private final GroupLabels labels = new GroupLabels(this);

    public CheckInView(UserSession session, BadgePrinting badges, DelegatePhotos photos) {
        this.badges = badges;
        this.photos = photos;
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
        camera.setText(getTranslation("checkin.camera"));
        camera.setIcon(VaadinIcon.CAMERA.create());
        // Shown only once the browser reports a camera barcode detector (see camera.js).
        camera.setVisible(false);
        camera.addClickListener(e -> getElement().executeJs("this.conveneCamera && this.conveneCamera.start($0)", video));
        video.setAttribute("playsinline", true).setAttribute("muted", true).setAttribute("hidden", true);
        video.getStyle().set("max-width", "min(30rem, 100%)");
        result.setId("check-in-result");
        HorizontalLayout scanner = new HorizontalLayout(token, camera);
        scanner.setAlignItems(Alignment.BASELINE);
        scanner.setWrap(true);
        add(new H2(getTranslation("nav.check-in")), scanner);
        getElement().appendChild(video);
        add(result);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(CAMERA_SCRIPT);
    }

    @ClientCallable
    void cameraAvailable() {
        camera.setVisible(true);
    }

    @ClientCallable
    void cameraRefused() {
        refuse(getTranslation("checkin.camera.refused"));
    }

    /** What the camera read goes the same way as a scanner's input. */
    @ClientCallable
    void cameraScanned(String scanned) {
        token.setValue(scanned);
    }

    void scan() {
        String scanned = token.getValue();
        token.clear();
        token.focus();
        result.removeAll();
        try {
            show(badges.scan(actor, scanned));
        } catch (InvalidInputException e) {
            refuse(translated(e.problems().getFirst()));
        } catch (ConflictException e) {
            refuse(translated(e.problem()));
        } catch (NotFoundException | AccessDeniedException e) {
            refuse(getTranslation("checkin.refused"));
        }
    }

    private void show(CheckIn checkIn) {
        Person p = checkIn.registration().person();
        VerticalLayout who = new VerticalLayout();
        who.setPadding(false);
        who.setSpacing(false);
        who.add(new H2(p.givenName() + " " + p.familyName()));
        if (p.latinGivenName() != null) {
            who.add(new Paragraph(p.latinGivenName() + " " + p.latinFamilyName()));
        }
        who.add(new Paragraph(labels.label(checkIn.group()) + " · " + p.organisation()),
                new Paragraph(getTranslation("status." + checkIn.registration().status().name())));
        if (!checkIn.firstScan()) {
            Paragraph earlier = new Paragraph(getTranslation("checkin.already",
                    Formats.dateTime(checkIn.checkedInAt(), getLocale()), checkIn.checkedInBy()));
            earlier.getStyle().set("font-weight", "bold");
            who.add(earlier);
        }
        HorizontalLayout card = new HorizontalLayout();
        photo(checkIn).ifPresent(card::add);
        card.add(who);
        result.add(card);
        mark(checkIn.firstScan() ? "var(--lumo-success-color)" : "var(--lumo-warning-color, orange)");
    }

    private java.util.Optional<Component> photo(CheckIn checkIn) {
        if (!checkIn.hasPhoto()) {
            return java.util.Optional.empty();
        }
        return photos.find(actor, checkIn.registration().id()).map(jpeg -> {
            Image image = new Image("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg), getTranslation("photo.preview"));
            image.setWidth("120px");
            // The photo keeps its proportions instead of stretching to the height of the texts.
            image.getStyle().set("align-self", "flex-start").set("height", "auto");
            return image;
        });
    }

    private void refuse(String message) {
        result.removeAll();
        result.add(new Paragraph(message));
        mark("var(--lumo-error-color)");
    }

    private void mark(String colour) {
        result.getStyle().set("border-left", "6px solid " + colour).set("padding-left", "var(--lumo-space-m)");
    }

    private String translated(FieldProblem problem) {
        String text = getTranslation(problem.code());
        return text == null || text.isBlank() || text.startsWith("!") ? problem.message() : text;
    }

    private static String script() {
        try (InputStream in = CheckInView.class.getResourceAsStream("camera.js")) {
            if (in == null) {
                throw new IllegalStateException("camera.js is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.check-in") + " · " + getTranslation("app.name");
    }
}
