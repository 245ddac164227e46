package org.convene.ui.marketplace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.convene.marketplace.BoothView;
import org.convene.marketplace.FloorPlanView;
import org.convene.marketplace.Marketplace;

/**
 * The floor plan drawn: a CSS grid of the plan's cells with each booth spanning its cells, or the
 * plan image with booth markers placed in percent. A booth with an exhibitor links to their page,
 * so the plan is usable with the keyboard; every marker names its booth for screen readers.
 */
public class FloorPlanBoard extends Div {
    private final Marketplace marketplace;

    public FloorPlanBoard(Marketplace marketplace) {
        this.marketplace = marketplace;
        setId("floor-plan");
        setWidthFull();
        getStyle().set("max-width", "60rem");
    }

    public void show(FloorPlanView plan, List<BoothView> booths) {
        removeAll();
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("marketplace.plan"));
        if (plan.hasImage()) {
            getStyle().remove("display").set("position", "relative");
            Image image = new Image(new StreamResource("plan-" + plan.summitId(),
                    () -> new ByteArrayInputStream(marketplace.planImage(plan.summitId()).map(i -> i.content()).orElse(new byte[0]))),
                    getTranslation("marketplace.plan"));
            image.setWidthFull();
            image.getStyle().set("display", "block");
            add(image);
            for (BoothView b : booths) {
                Component marker = marker(b);
                marker.getElement().getStyle().set("position", "absolute").set("left", b.x() + "%").set("top", b.y() + "%")
                        .set("width", b.w() + "%").set("height", b.h() + "%");
                add(marker);
            }
        } else {
            getStyle().set("display", "grid").remove("position")
                    .set("grid-template-columns", "repeat(" + plan.columns() + ", minmax(0, 1fr))")
                    .set("grid-auto-rows", "4.5rem").set("gap", "var(--lumo-space-xs)")
                    .set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-xs)");
            getStyle().set("grid-template-rows", "repeat(" + plan.rows() + ", 4.5rem)");
            for (BoothView b : booths) {
                Component marker = marker(b);
                marker.getElement().getStyle().set("grid-column", (b.x() + 1) + " / span " + b.w())
                        .set("grid-row", (b.y() + 1) + " / span " + b.h());
                add(marker);
            }
        }
    }

    private Component marker(BoothView b) {
        Span code = new Span(b.code());
        code.getStyle().set("font-weight", "600");
        Span name = new Span(b.exhibitorName() == null ? getTranslation("marketplace.booth.free") : b.exhibitorName());
        name.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("overflow", "hidden").set("text-overflow", "ellipsis");
        Component marker;
        if (b.exhibitorId() != null) {
            RouterLink link = new RouterLink(ExhibitorPage.class, b.exhibitorId());
            link.add(code, name);
            marker = link;
        } else {
            Div div = new Div(code, name);
            marker = div;
        }
        marker.setId("booth-" + b.code());
        marker.getElement().setAttribute("aria-label", getTranslation("marketplace.booth.label", b.code(),
                b.exhibitorName() == null ? getTranslation("marketplace.booth.free") : b.exhibitorName()));
        marker.getElement().getStyle().set("display", "flex").set("flex-direction", "column").set("justify-content", "center")
                .set("align-items", "center").set("text-align", "center").set("overflow", "hidden").set("box-sizing", "border-box")
                .set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "2px").set("background", b.exhibitorId() == null ? "var(--lumo-base-color)" : "var(--lumo-primary-color-10pct)");
        return marker;
    }
}
