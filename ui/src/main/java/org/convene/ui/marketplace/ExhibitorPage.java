package org.convene.ui.marketplace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import org.convene.marketplace.ExhibitorView;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.ProductView;
import org.convene.platform.NotFoundException;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.MainLayout;

/** One accepted exhibitor's page: project, booth, stage slot and products; open to anyone. */
@Route(value = "marketplace/exhibitor", layout = MainLayout.class)
@AnonymousAllowed
@Prototype
public class ExhibitorPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final Marketplace marketplace;
    private String title = "";

    public ExhibitorPage(Marketplace marketplace) {
        this.marketplace = marketplace;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        add(new RouterLink(getTranslation("marketplace.back"), MarketplaceView.class));
        ExhibitorView e;
        try {
            e = marketplace.exhibitor(id);
        } catch (NotFoundException missing) {
            add(new EmptyState(getTranslation("marketplace.exhibitor.missing")));
            return;
        }
        title = e.organisation();
        Paragraph where = new Paragraph(e.booth() == null ? getTranslation("marketplace.booth.none")
                : getTranslation("marketplace.booth.code", e.booth().code()));
        where.setId("exhibitor-booth");
        add(new H2(e.organisation()), new H3(e.projectTitle()), new Paragraph(e.description()), where);
        if (e.slot() != null) {
            add(new Paragraph(getTranslation("marketplace.stage.at", Labels.slot(getLocale(), e.slot()))));
        }
        add(new H3(getTranslation("marketplace.products")));
        if (e.products().isEmpty()) {
            add(new EmptyState(getTranslation("marketplace.products.none")));
        }
        for (ProductView p : e.products()) {
            add(product(p));
        }
    }

    private Div product(ProductView p) {
        Div box = new Div(new H4(p.title()), new Paragraph(getTranslation("marketplace.kind." + p.kind().name())),
                new Paragraph(p.description()));
        box.setId("product-" + p.id());
        if (p.link() != null) {
            // Links were checked to be http(s); noopener keeps the exhibitor's site from reaching this page.
            Anchor link = new Anchor(p.link(), p.link(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            box.add(link);
        }
        if (p.hasImage()) {
            Image image = new Image(new StreamResource("product-" + p.id(), () -> new ByteArrayInputStream(
                    marketplace.productImage(null, p.id()).map(i -> i.content()).orElse(new byte[0]))), p.title());
            image.setMaxWidth("20rem");
            box.add(image);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("nav.marketplace") : title) + " · " + getTranslation("app.name");
    }
}
