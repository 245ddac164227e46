package org.convene.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A heading with its actions beside it, vertically centred, wrapping on a narrow screen. */
public class Header extends HorizontalLayout {
    public Header(Component heading, Component... actions) {
        add(heading);
        add(actions);
        setAlignItems(Alignment.CENTER);
        setWrap(true);
    }
}
