package org.convene.ui.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;

/** The chair office's list of accounts and their roles. */
@Route(value = "users", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class UserListView extends VerticalLayout implements HasDynamicTitle {
    private final UserManagement users;
    final Grid<UserView> grid = new Grid<>();

    public UserListView(UserManagement users) {
        this.users = users;
        Button add = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(UserView::displayName).setHeader(getTranslation("user.name")).setFlexGrow(2);
        grid.addColumn(UserView::email).setHeader(getTranslation("user.email")).setFlexGrow(2);
        grid.addColumn(u -> u.grants().stream()
                .map(g -> getTranslation("role." + g.role().name()) + (g.scope() == null ? "" : " · " + g.scope()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles")).setFlexGrow(3);
        grid.addColumn(u -> getTranslation(u.active() ? "user.active.yes" : "user.active.no")).setHeader(getTranslation("user.active"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.users"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new Header(new H2(getTranslation("nav.users")), add), grid);
        setSizeFull();
        refresh();
    }

    private void open(UserView existing) {
        FormDialog[] dialog = new FormDialog[1];
        UserForm[] form = new UserForm[1];
        form[0] = new UserForm(
                created -> done(dialog[0], ServerErrors.attempt(this, form[0].fields(), () -> users.create(created))),
                change -> done(dialog[0], ServerErrors.attempt(this, form[0].fields(), () -> users.update(existing.id(), change))),
                () -> dialog[0].close());
        form[0].edit(existing);
        dialog[0] = new FormDialog(getTranslation(existing == null ? "user.new" : "user.edit"), form[0]);
        dialog[0].open();
    }

    private void done(FormDialog dialog, boolean saved) {
        if (saved) {
            dialog.close();
            ServerErrors.success(getTranslation("saved"));
            refresh();
        }
    }

    void refresh() {
        grid.setItems(users.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.name");
    }
}
