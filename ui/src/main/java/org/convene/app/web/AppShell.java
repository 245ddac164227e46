package org.convene.app.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Vaadin 25 has no default theme: Lumo is asked for here, once for the whole app. */
@StyleSheet(Lumo.STYLESHEET)
@Meta(name = "referrer", content = "same-origin")
public class AppShell implements AppShellConfigurator {
}
