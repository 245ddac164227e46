package org.convene.ui.partnerships;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;
import org.convene.partnerships.ImportProblem;
import org.convene.partnerships.Partnerships;
import org.convene.partnerships.PracticeImport;
import org.convene.partnerships.PracticeLimits;
import org.convene.ui.base.Background;
import org.convene.ui.base.Progress;
import org.convene.ui.base.ServerErrors;

/**
 * The chair office's CSV import: the file is imported as soon as it is uploaded (good rows saved,
 * practices already there skipped) and every row with a problem is listed, so the office fixes
 * those rows and uploads the same file again.
 */
class PracticeImportDialog extends Dialog {
    private final Partnerships partnerships;
    private final Runnable onImported;
    final Upload upload;
    final Progress progress = new Progress();
    final Paragraph result = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();

    PracticeImportDialog(Partnerships partnerships, Runnable onImported) {
        this.partnerships = partnerships;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("pfp.import.title"));
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("action.close"));
        getHeader().add(close);
        upload = new Upload(uploadHandler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) PracticeLimits.FILE_MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(e -> ServerErrors.error(getTranslation("pfp.import.rejected")));
        upload.setId("practice-upload");
        result.setId("practice-import-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        problems.addColumn(p -> p.row() == 0 ? "—" : Integer.toString(p.row())).setHeader(getTranslation("import.column.row"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.line() == 0 ? "—" : Integer.toString(p.line())).setHeader(getTranslation("pfp.import.column.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "—" : p.column()).setHeader(getTranslation("import.column.field"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::message).setHeader(getTranslation("import.column.message")).setFlexGrow(1);
        problems.setAriaLabel(getTranslation("import.problems"));
        problems.setHeight("18rem");
        problems.setVisible(false);
        add(new Paragraph(getTranslation("pfp.import.help")), upload, progress, result, problems);
        setWidth("min(56rem, 100vw)");
        setCloseOnOutsideClick(false);
    }

    /** Reads the file within the limit (whatever the browser claims), then imports it. */
    private UploadHandler uploadHandler() {
        return event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes((int) PracticeLimits.FILE_MAX_BYTES + 1);
            }
            event.getUI().access(() -> received(data));
        };
    }

    void received(byte[] data) {
        upload.clearFileList();
        result.setVisible(false);
        problems.setVisible(false);
        progress.run(getTranslation("pfp.import.running"), () -> partnerships.importCsv(data), this::show, failure -> {
            throw failure;
        });
    }

    private void show(PracticeImport done) {
        long badRows = done.errors().stream().mapToInt(ImportProblem::row).distinct().count();
        result.setText(getTranslation("pfp.import.done", done.imported(), done.alreadyPresent(), badRows));
        result.setVisible(true);
        problems.setItems(done.errors());
        problems.setVisible(!done.errors().isEmpty());
        if (done.imported() > 0) {
            onImported.run();
        }
    }

    /**
     * The problem in the user's language; a problem of a cell shows the cell as written. The English
     * text where no translation exists.
     */
    String message(ImportProblem problem) {
        List<String> args = problem.args();
        String pattern = getTranslation(problem.code());
        if (pattern == null || pattern.isBlank() || pattern.startsWith("!")) {
            return problem.message();
        }
        if (pattern.contains("{0}")) {
            return args.isEmpty() ? problem.message() : getTranslation(problem.code(), args.toArray());
        }
        boolean cell = problem.column() != null && !args.isEmpty() && !args.getFirst().isBlank();
        return cell ? pattern + " (" + args.getFirst() + ")" : pattern;
    }

    /** How slow work runs: on its own thread with the UI polling, or at once (tests). */
    void runSlowWork(Background how) {
        progress.runWith(how);
    }
}
