package org.convene.ui.delegations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.Header;
import org.convene.ui.base.ServerErrors;

/** The chair office's questions added to one summit's registration form, on the summit's page. */
public class CustomFieldsSection extends VerticalLayout {
    private final CustomFields fields;
    private final Actor actor;
    private final long summitId;
    final Grid<CustomFieldView> grid = new Grid<>();
    private final EmptyState empty;
    private Map<Long, String> labels = Map.of();

    public CustomFieldsSection(CustomFields fields, Actor actor, long summitId) {
        this.fields = fields;
        this.actor = actor;
        this.summitId = summitId;
        setPadding(false);
        Button add = new Button(getTranslation("custom-field.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        grid.addColumn(CustomFieldView::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CustomFieldView::label).setHeader(getTranslation("custom-field.label")).setFlexGrow(3);
        grid.addColumn(f -> getTranslation("custom-field.type." + f.type().name())).setHeader(getTranslation("custom-field.type"));
        grid.addColumn(f -> f.required() ? getTranslation("custom-field.yes") : "").setHeader(getTranslation("custom-field.required"));
        grid.addColumn(this::condition).setHeader(getTranslation("custom-field.shown-when")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("custom-field.heading"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        empty = new EmptyState(getTranslation("custom-field.empty"));
        add(new Header(new H3(getTranslation("custom-field.heading")), add), empty, grid);
        refresh();
    }

    private void refresh() {
        List<CustomFieldView> all = fields.list(summitId);
        labels = all.stream().collect(Collectors.toMap(CustomFieldView::id, CustomFieldView::label));
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private String condition(CustomFieldView field) {
        if (field.shownWhenFieldId() == null) {
            return getTranslation("custom-field.always");
        }
        String value = switch (field.shownWhenValue()) {
            case "true" -> getTranslation("custom-field.yes");
            case "false" -> getTranslation("custom-field.no");
            default -> field.shownWhenValue();
        };
        return labels.getOrDefault(field.shownWhenFieldId(), "?") + " = " + value;
    }

    private void edit(CustomFieldView field) {
        List<CustomFieldView> earlier = fields.list(summitId).stream()
                .filter(f -> field == null || f.position() < field.position()).toList();
        FormDialog[] dialog = new FormDialog[1];
        CustomFieldForm[] form = new CustomFieldForm[1];
        form[0] = new CustomFieldForm(earlier, command -> done(dialog[0], ServerErrors.attempt(this, form[0].fields(), () -> {
            if (field == null) {
                fields.define(actor, summitId, command);
            } else {
                fields.change(actor, field.id(), command);
            }
        })), () -> done(dialog[0], ServerErrors.attempt(this, form[0].fields(), () -> fields.delete(actor, field.id()))),
                () -> dialog[0].close());
        form[0].edit(field);
        dialog[0] = new FormDialog(getTranslation(field == null ? "custom-field.new" : "custom-field.edit"), form[0]);
        dialog[0].open();
    }

    private void done(FormDialog dialog, boolean saved) {
        if (saved) {
            dialog.close();
            ServerErrors.success(getTranslation("saved"));
            refresh();
        }
    }
}
