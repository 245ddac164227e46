package org.convene.ui.delegations;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import org.convene.delegations.ImportPreview;
import org.convene.delegations.RowProblem;

/** What a preview found: a one-line summary and, when there are problems, one grid line per problem. */
class ImportReport extends VerticalLayout {
    /** The translation key of each column's label, as the person form names the fields. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("email", "user.email"), Map.entry("givenName", "person.given-name"),
            Map.entry("familyName", "person.family-name"), Map.entry("latinGivenName", "person.latin-given-name"),
            Map.entry("latinFamilyName", "person.latin-family-name"), Map.entry("organisation", "person.organisation"),
            Map.entry("title", "person.title"), Map.entry("nationality", "person.nationality"),
            Map.entry("residence", "person.residence"), Map.entry("gender", "person.gender"), Map.entry("role", "person.role"),
            Map.entry("accessibilityNeeds", "person.accessibility"), Map.entry("dietaryNeeds", "person.dietary"),
            Map.entry(RowProblem.FILE_FIELD, "import.field.file"), Map.entry("row", "import.field.row"));

    final Paragraph summary = new Paragraph();
    final Grid<RowProblem> problems = new Grid<>();

    ImportReport() {
        setPadding(false);
        summary.setId("import-summary");
        problems.addColumn(p -> p.concernsFile() ? "—" : Integer.toString(p.row())).setHeader(getTranslation("import.column.row"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::field).setHeader(getTranslation("import.column.field")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::message).setHeader(getTranslation("import.column.message")).setFlexGrow(1);
        problems.setAriaLabel(getTranslation("import.problems"));
        problems.setAllRowsVisible(false);
        problems.setHeight("24rem");
        add(summary, problems);
        clear();
    }

    void clear() {
        summary.setText("");
        problems.setItems(List.of());
        problems.setVisible(false);
        setVisible(false);
    }

    void show(ImportPreview preview) {
        long badRows = preview.problems().stream().filter(p -> !p.concernsFile()).mapToInt(RowProblem::row).distinct().count();
        boolean fileProblem = preview.problems().stream().anyMatch(RowProblem::concernsFile);
        summary.setText(fileProblem ? getTranslation("import.summary.file")
                : getTranslation("import.summary", preview.toCreate(), badRows, preview.alreadyRegistered()));
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        setVisible(true);
    }

    String field(RowProblem problem) {
        String key = FIELD_LABELS.get(problem.field());
        return key == null ? problem.field() : getTranslation(key);
    }

    /** The problem in the user's language, its details filled in; the English text where no translation exists. */
    String message(RowProblem problem) {
        String text = getTranslation(problem.code(), problem.args().toArray());
        return text == null || text.isBlank() || text.startsWith("!") || text.contains("{0}") ? problem.message() : text;
    }
}
