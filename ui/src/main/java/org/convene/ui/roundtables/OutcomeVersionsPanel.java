package org.convene.ui.roundtables;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.convene.documents.RichText;
import org.convene.roundtables.OutcomeSection;
import org.convene.roundtables.OutcomeVersion;
import org.convene.ui.base.FormDialog;

/** The saved revisions, newest first; one opens in a dialog to read and, in a draft, to restore as a new revision. */
class OutcomeVersionsPanel extends VerticalLayout {
    private final OutcomeLabels labels;
    private final Consumer<OutcomeVersion> onRestore;
    final Grid<OutcomeVersion> grid = new Grid<>();
    private boolean mayRestore;

    OutcomeVersionsPanel(OutcomeLabels labels, Consumer<OutcomeVersion> onRestore) {
        this.labels = labels;
        this.onRestore = onRestore;
        setPadding(false);
        grid.addColumn(v -> v.restoredFrom() == null ? Integer.toString(v.revision())
                : getTranslation("outcome.versions.restored", v.revision(), v.restoredFrom()))
                .setHeader(getTranslation("outcome.versions.revision")).setAutoWidth(true);
        grid.addColumn(v -> v.savedByName() == null ? "—" : v.savedByName()).setHeader(getTranslation("outcome.versions.by")).setAutoWidth(true);
        grid.addColumn(v -> labels.dateTime(v.savedAt())).setHeader(getTranslation("outcome.versions.at")).setAutoWidth(true);
        grid.addComponentColumn(v -> {
            Button open = new Button(getTranslation("outcome.versions.view"), e -> open(v));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setAriaLabel(getTranslation("outcome.versions.view-named", v.revision()));
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("outcome.versions.title"));
        add(new H3(getTranslation("outcome.versions.title")), grid);
    }

    void show(List<OutcomeVersion> versions, boolean restorable) {
        this.mayRestore = restorable;
        grid.setItems(versions);
    }

    private void open(OutcomeVersion version) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        for (OutcomeSection section : OutcomeSection.values()) {
            body.add(new H4(labels.section(section)));
            String html = RichText.html(version.draft().section(section));
            body.add(html.isEmpty() ? new Div() : new Html("<div>" + html + "</div>"));
        }
        body.add(new H4(getTranslation("outcome.section.sdgTargets")), new Div(version.draft().sdgTargets()));
        FormDialog dialog = new FormDialog(getTranslation("outcome.versions.view-named", version.revision()), body);
        if (mayRestore) {
            Button restore = new Button(getTranslation("outcome.versions.restore", version.revision()), e -> {
                dialog.close();
                onRestore.accept(version);
            });
            restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            restore.setId("restore");
            dialog.getFooter().add(new HorizontalLayout(restore));
        }
        dialog.open();
    }
}
