package org.convene.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Explains an empty list and says what to do next, instead of showing a blank grid. */
public class EmptyState extends Div {
    public EmptyState(String message, Component... actions) {
        addClassName("empty-state");
        getStyle().set("padding", "var(--lumo-space-l)").set("text-align", "center")
                .set("color", "var(--lumo-secondary-text-color)");
        add(new Paragraph(message));
        add(actions);
    }
}
