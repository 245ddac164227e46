package org.convene.ui.delegations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Base64;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegatePhotos;
import org.convene.delegations.RegistrationView;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;

/**
 * Sets, shows and removes a registration's photo. The browser already refuses other types and
 * files over 5 MB; the server checks again by decoding, since a browser's check is only advice.
 */
class PhotoDialog extends Dialog {
    final Upload upload;
    final Image preview = new Image();
    final Span noPhoto = new Span();
    final Span error = new Span();
    final Button remove;
    private final DelegatePhotos photos;
    private final Actor actor;
    private final long registrationId;

    PhotoDialog(DelegatePhotos photos, Actor actor, RegistrationView registration) {
        this.photos = photos;
        this.actor = actor;
        this.registrationId = registration.id();
        setHeaderTitle(getTranslation("photo.title", registration.person().givenName() + " " + registration.person().familyName()));
        // Vaadin reads the whole upload first, then calls back under the UI's lock (UI.access),
        // so the dialog can show the outcome right there.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> store(bytes)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(DelegatePhotos.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("photo.choose")));
        upload.setDropLabel(new Span(getTranslation("photo.drop")));
        // The component's own refusals, in the user's language; the rest of its texts stay default.
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("photo.too-large"))
                .setIncorrectFileType(getTranslation("photo.type"))
                .setTooManyFiles(getTranslation("photo.rejected-by-browser"))));
        upload.addFileRejectedListener(e -> showError(getTranslation("photo.rejected-by-browser")));
        preview.setAlt(getTranslation("photo.preview"));
        preview.setWidth("150px");
        noPhoto.setText(getTranslation("photo.none"));
        error.setId("photo-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        remove = new Button(getTranslation("photo.remove"), e -> removePhoto());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(new VerticalLayout(preview, noPhoto, new Paragraph(getTranslation("photo.help")), upload, error));
        getFooter().add(remove, new Button(getTranslation("action.close"), e -> close()));
        show(photos.find(actor, registrationId));
    }

    private void store(byte[] bytes) {
        upload.clearFileList();
        try {
            photos.set(actor, registrationId, bytes);
            error.setText("");
            show(photos.find(actor, registrationId));
        } catch (InvalidInputException e) {
            showError(getTranslation(e.problems().getFirst().code()));
        } catch (AccessDeniedException | NotFoundException e) {
            showError(getTranslation("error.forbidden.text"));
        }
    }

    private void removePhoto() {
        photos.remove(actor, registrationId);
        show(Optional.empty());
    }

    private void show(Optional<byte[]> photo) {
        photo.ifPresent(jpeg -> preview.setSrc(dataUrl(jpeg)));
        preview.setVisible(photo.isPresent());
        noPhoto.setVisible(photo.isEmpty());
        remove.setVisible(photo.isPresent());
    }

    private void showError(String message) {
        error.setText(message);
    }

    /** Inline, so the photo never gets an address of its own that could be shared or cached. */
    static String dataUrl(byte[] jpeg) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg);
    }
}
