package org.convene.ui.summit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.TroikaView;
import org.convene.ui.base.Formats;

/** The previous, current and next chairmanship side by side (stacked on a phone). */
public class TroikaCard extends Div {
    public TroikaCard(TroikaView troika) {
        addClassName("troika");
        add(new H3(getTranslation("troika.title")));
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        row.add(member("troika.previous", troika.previous()), member("troika.current", troika.current()), member("troika.next", troika.next()));
        add(row);
    }

    private Div member(String roleKey, ChairmanshipView chairmanship) {
        Div box = new Div();
        box.addClassName("troika-" + roleKey.substring(roleKey.indexOf('.') + 1));
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "14rem").set("flex", "1");
        Span label = new Span(getTranslation(roleKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div states = new Div(chairmanship == null ? getTranslation(roleKey + ".none") : Formats.states(chairmanship.chairs(), getLocale()));
        states.getStyle().set("font-weight", "600");
        Div term = new Div(chairmanship == null ? "" : Formats.range(chairmanship.termStart(), chairmanship.termEnd(), getLocale()));
        box.add(label, states, term);
        return box;
    }
}
