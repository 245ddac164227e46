package org.convene.ui.identity;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convene.identity.Mechanism;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.Countries;

/**
 * The roles of a user, each with its scope where the role takes one: a mechanism for a mechanism
 * lead, a state for a focal point, a free reference for a rapporteur or resource person.
 */
public class GrantEditor extends CustomField<List<RoleGrant>> implements HasValidation {
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> entries = new ArrayList<>();

    public GrantEditor() {
        setLabel(getTranslation("user.roles"));
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(getTranslation("user.roles.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, add);
    }

    private void addRow(RoleGrant grant) {
        Row row = new Row(grant);
        entries.add(row);
        rows.add(row);
    }

    @Override
    protected List<RoleGrant> generateModelValue() {
        return entries.stream().filter(r -> r.role.getValue() != null).map(Row::grant).toList();
    }

    @Override
    protected void setPresentationValue(List<RoleGrant> grants) {
        entries.clear();
        rows.removeAll();
        if (grants != null) {
            grants.forEach(this::addRow);
        }
    }

    private final class Row extends HorizontalLayout {
        final Select<Role> role = new Select<>();
        final ComboBox<String> scope = new ComboBox<>();

        Row(RoleGrant grant) {
            role.setItems(Role.values());
            role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
            role.setAriaLabel(getTranslation("user.role"));
            scope.setAriaLabel(getTranslation("user.scope"));
            scope.setAllowCustomValue(true);
            scope.addCustomValueSetListener(e -> scope.setValue(e.getDetail()));
            role.addValueChangeListener(e -> {
                configureScope(e.getValue());
                updateValue();
            });
            scope.addValueChangeListener(e -> updateValue());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                entries.remove(this);
                rows.remove(this);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            if (grant != null) {
                role.setValue(grant.role());
                configureScope(grant.role());
                scope.setValue(grant.scope());
            }
            add(role, scope, remove);
            setAlignItems(Alignment.BASELINE);
        }

        private void configureScope(Role r) {
            scope.clear();
            Role.ScopeKind kind = r == null ? Role.ScopeKind.NONE : r.scopeKind();
            scope.setVisible(kind != Role.ScopeKind.NONE);
            switch (kind) {
                case MECHANISM -> {
                    scope.setItems(Arrays.stream(Mechanism.values()).map(Enum::name).toList());
                    scope.setItemLabelGenerator(m -> getTranslation("mechanism." + m));
                }
                case STATE -> {
                    scope.setItems(Countries.codesByName(getLocale()));
                    scope.setItemLabelGenerator(c -> Countries.name(c, getLocale()) + " (" + c + ")");
                }
                default -> {
                    scope.setItems(List.of());
                    scope.setItemLabelGenerator(s -> s);
                }
            }
        }

        RoleGrant grant() {
            return new RoleGrant(role.getValue(), scope.isVisible() ? scope.getValue() : null);
        }
    }
}
