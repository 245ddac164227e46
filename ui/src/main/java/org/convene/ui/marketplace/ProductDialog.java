package org.convene.ui.marketplace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.MarketplaceLimits;
import org.convene.marketplace.ProductCommand;
import org.convene.marketplace.ProductKind;
import org.convene.marketplace.ProductView;
import org.convene.ui.base.ServerErrors;

/** An exhibitor adds or edits a product: kind, title, description, link and an optional image. */
class ProductDialog extends Dialog {
    final Select<ProductKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextField link = new TextField();
    final Upload upload;
    final Checkbox removeImage = new Checkbox();
    final Span imageState = new Span();
    final Button save = new Button();
    byte[] image;

    ProductDialog(Marketplace marketplace, Actor actor, long applicationId, ProductView product, Runnable onSaved) {
        setHeaderTitle(getTranslation(product == null ? "marketplace.product.add" : "marketplace.product.edit"));
        kind.setLabel(getTranslation("marketplace.product.kind"));
        kind.setItems(ProductKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("marketplace.kind." + k.name()));
        title.setLabel(getTranslation("marketplace.product.title"));
        title.setMaxLength(MarketplaceLimits.MAX_NAME);
        description.setLabel(getTranslation("marketplace.product.description"));
        description.setMaxLength(MarketplaceLimits.MAX_DESCRIPTION);
        link.setLabel(getTranslation("marketplace.product.link-field"));
        link.setHelperText(getTranslation("marketplace.product.link-help"));
        link.setMaxLength(MarketplaceLimits.MAX_LINK);
        upload = new Upload(handler());
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(MarketplaceLimits.MAX_IMAGE_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("marketplace.product.image")));
        upload.addFileRejectedListener(e -> imageState.setText(getTranslation("marketplace.image.type")));
        removeImage.setLabel(getTranslation("marketplace.product.remove-image"));
        removeImage.setVisible(product != null && product.hasImage());
        imageState.getElement().setAttribute("aria-live", "polite");
        if (product != null) {
            kind.setValue(product.kind());
            title.setValue(product.title());
            description.setValue(product.description());
            link.setValue(product.link() == null ? "" : product.link());
        }
        FormLayout form = new FormLayout(kind, title, description, link, upload, imageState, removeImage);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            ProductCommand command = new ProductCommand(kind.getValue(), title.getValue(), description.getValue(), link.getValue(), image,
                    removeImage.getValue());
            if (ServerErrors.attempt(this, Map.of("kind", kind, "title", title, "description", description, "link", link),
                    () -> marketplace.saveProduct(actor, applicationId, product == null ? null : product.id(), command))) {
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private UploadHandler handler() {
        return event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes(MarketplaceLimits.MAX_IMAGE_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> received(name, data));
        };
    }

    /** Kept until save, which checks it: a refusal shows beside the form and saves nothing. */
    void received(String name, byte[] data) {
        image = data;
        imageState.setText(getTranslation("marketplace.product.image-chosen", name));
    }
}
